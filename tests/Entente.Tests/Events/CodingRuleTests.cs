using Entente.Articles;
using Entente.Events;
using Entente.Tests.Cli;
using Xunit;

namespace Entente.Tests.Events;

/// <summary>
/// One test per named coding rule, each on a sentence written for it: the rule fires on the event it should shape
/// (and the event records its name), or, for the rules that drop a frame, no such event is made.
/// </summary>
public class CodingRuleTests
{
    private static List<Event> All(string text) => SharedPipeline.AllEvents(text);

    private static string Describe(Event e) =>
        $"{e.Source.Code} {e.Type.ToPlover()} {e.Target?.Code.Value ?? "-"} [{e.Mode}{(e.IsBackground ? ",bg" : "")}{(e.IsThirdPartyClaim ? ",claim" : "")}] rules: {string.Join(" ", e.Rules)}";

    /// <summary>Rule, sentence, and the event ("SOURCE TYPE TARGET", target "-" for none) that must carry the rule.</summary>
    public static TheoryData<string, string, string> Firing => new()
    {
        { "background:purpose-infinitive", "Hungary announced a plan to expand trade with Vietnam.", "HUN COOPERATE VNM" },
        { "source:joint-act-of-verb", "Chilean and Argentine police detained nine smugglers in a joint operation.", "CHL COOPERATE ARG" },
        { "source:passive-between", "A prisoner swap was agreed between Sudan and South Sudan.", "SDN AGREE SSD" },
        { "source:speaker-of-refusal", "Chadian rebels shelled a Sudanese border post. \"Such attacks will not be tolerated,\" the Sudanese army said.", "SDN THREATEN TCD" },
        { "target:refused-act-doer", "Serbia expelled a Croatian diplomat. Croatia's foreign ministry said such hostile steps would not go unanswered.", "HRV THREATEN SRB" },
        { "target:pledged-aid-for", "Canada pledged humanitarian aid for refugees in Chad on Monday.", "CAN AGREE TCD" },
        { "target:protested-deed-owner", "Farmers rallied in central Warsaw on Monday against the planned import of grain from Ukraine's farms.", "POL PROTEST UKR" },
        { "source:agents-principal", "Estonia said three Latvian men recruited by Russian intelligence had vandalised a minister's car.", "RUS COERCE *" },
        { "claim:agents-deed", "Two Georgian nationals working for Moscow had set fire to a depot, the Lithuanian minister said.", "RUS COERCE *" },
        { "claim:grievance-behind-hostile-act", "Chad expelled a Sudanese envoy, saying Khartoum had sided with the rebels.", "SDN SUPPORT *" },
        { "complement:purpose-of-held-meeting", "Peru's foreign minister met Chile's ambassador on Monday to urge restraint.", "PER REQUEST CHL" },
        { "target:meeting-counterpart", "Ghana's president telephoned the Ivorian leader on Friday to offer condolences.", "GHA SUPPORT CIV" },
        { "background:nominal-gerund", "Moldova protested over Russian troops blockading the border.", "RUS COERCE *" },
        { "source:noun-owner", "Kenya's visit to Tanzania ended on Sunday.", "KEN CONSULT TZA" },
        { "source:companions", "Ghana, along with Togo and Benin, condemned Niger on Monday.", "BEN ACCUSE NER" },
        { "target:own-announced-act", "Ghana warned on Monday that it would respond firmly to any incursion by Togo.", "GHA THREATEN TGO" },
        { "source:companions", "Ghana together with Togo condemned Niger.", "GHA ACCUSE NER" },
        { "source:opening-event-phrase", "At the summit, Portugal and Spain agreed to share water.", "PRT CONSULT ESP" },
        { "source:between", "The meeting between Peru and Ecuador ended without a deal.", "PER CONSULT ECU" },
        { "source:between", "A ceasefire between Armenia and Azerbaijan took effect on Friday.", "ARM AGREE AZE" },
        { "source:gerund-owner", "Moldova protested over Russian troops blockading the border.", "RUS COERCE *" },
        { "background:referenced-noun", "Officials discussed Nigeria's visit to Ghana.", "NGA CONSULT GHA" },
        { "source:subject", "Norway condemned Belarus on Monday.", "NOR ACCUSE BLR" },
        { "target:content-of-rejected-claim", "Chile accused Bolivia of buying drones from Iran. Bolivia dismissed accusations it is buying drones from Iran.", "BOL REJECT CHL" },
        { "target:content-of-rejected-claim", "Quito denied reports that Ecuadorian troops had entered Peru.", "ECU REJECT -" },
        { "target:content-of-rejected-claim", "Peru's Congress rejected a motion condemning Chile.", "PER REJECT -" },
        { "target:content-of-rejected-claim", "Bolivia denies selling rifles to Paraguay", "BOL REJECT -" },
        { "source:envoy-of-state", "Peru's U.N. ambassador criticised Chile on Monday.", "PER ACCUSE CHL" },
        { "source:envoy-of-state", "The Ecuadorian envoy to the OAS criticised Chile.", "ECU ACCUSE CHL" },
        { "source:passive-agent", "Estonia was accused by Russia of harbouring saboteurs.", "RUS ACCUSE EST" },
        { "source:participle-agent", "A convoy attacked by Sudanese troops burned near the border with Chad.", "SDN ASSAULT *" },
        { "pairs:reciprocal", "Peru and Chile normalized relations in 2010.", "PER SUPPORT CHL" },
        { "source:noun-by-agent", "A visit by the Indian prime minister to Mauritius ended on Tuesday.", "IND CONSULT MUS" },
        { "source:opening-phrase-subject", "In announcing the sanctions on Albania this week, Secretary of State Antony Blinken said the measures were overdue.", "USA SANCTION ALB" },
        { "target:multilateral-meeting", "NATO defence ministers convened in Brussels on Thursday.", "NATO CONSULT -" },
        { "source:reduced-passive", "Two Armenian soldiers killed in Azerbaijan were buried on Monday.", "AZE ASSAULT ARM" },
        { "mode:hedged", "Serbia appears to be preparing to expel the Croatian ambassador.", "SRB SANCTION HRV" },
        { "type:measure-not-force", "Poland's parliament passed a bill in March targeting Russian banks.", "POL SANCTION RUS" },
        { "source:attack-location", "Three Sudanese soldiers were killed in Chad on Friday.", "TCD ASSAULT SDN" },
        { "target:object", "Argentina criticised Chile over the fishing dispute.", "ARG ACCUSE CHL" },
        { "target:that-clause-subject", "Lithuania demanded in a statement that Belarus close the camps.", "LTU REQUEST BLR" },
        { "target:complaint-about", "Armenia complained to the United Nations about Azerbaijan.", "ARM ACCUSE AZE" },
        { "target:condition-subject", "Serbia threatened to halt all cross-border trade, rail freight and energy exports to the region if Croatia expels the diplomats.", "SRB THREATEN HRV" },
        { "target:implicit-act", "Eritrea fired missiles into the sea on Monday. Djibouti condemned the launch.", "DJI ACCUSE ERI" },
        { "source:light-verb-subject", "Iran conducted a test of a new ballistic missile on Sunday.", "IRN MOBILIZE *" },
        { "source:its-subjects-own", "Gabon announced its withdrawal from the African Union on Friday.", "GAB SANCTION AU" },
        { "source:host-of-envoy", "Peru's ambassador to Quito was summoned over the remarks.", "ECU ACCUSE PER" },
        { "source:host-of-envoy", "Two Chilean diplomats in La Paz were expelled on Friday.", "BOL SANCTION CHL" },
        { "source:undergone-act", "Malian troops came under heavy fire from Chadian rebels on Sunday.", "TCD ASSAULT MLI" },
        { "target:restated-act", "Serbia accused Croatia of meddling on Monday. On Friday the Serbian foreign ministry repeated the accusation.", "SRB ACCUSE HRV" },
        { "target:protest-answers-act", "Eritrean troops shelled a border post on Monday. Djibouti lodged a protest.", "DJI ACCUSE ERI" },
        { "target:undone-act", "Peru imposed new tariffs on Bolivian wine in May. In June Peru suspended the tariffs for three months.", "PER CONCEDE BOL" },
        { "target:location", "Ethiopian troops shelled villages in Eritrea on Tuesday.", "ETH ASSAULT ERI" },
        { "target:victim-of-named-act", "Eritrea condemned on Monday the killing of two Somali traders by Ethiopian soldiers.", "ERI ACCUSE ETH" },
        { "target:location", "Eritrea launched a rocket attack on the city of Mekelle on Sunday.", "ERI ASSAULT ETH" },
        { "target:meeting-partner", "The Peruvian president visited Chile and signed a trade pact.", "PER AGREE CHL" },
        { "target:result-participle", "Venezuelan gunmen abducted three farmers in Colombia, wounding a fourth.", "VEN ASSAULT COL" },
        { "source:earlier-attack", "Eritrean drones struck a fuel depot in Mekelle on Monday. The strikes also hit a power station in Dire Dawa.", "ERI ASSAULT ETH" },
        { "background:trend", "Peru has repeatedly criticised Chile over its fishing fleet.", "PER ACCUSE CHL" },
        { "background:trend", "Venezuela has expelled dozens of Guyanese miners in recent years.", "VEN COERCE *" },
        { "background:trend", "Chile has so far refused to sell fighter jets to Peru.", "CHL REJECT PER" },
        { "background:standing-position", "Kenya opposes any foreign base on the Lamu coast.", "KEN REJECT *" },
        { "background:habitual-present", "Eritrea routinely accuses Ethiopia of arming rebels.", "ERI ACCUSE ETH" },
        { "background:habitual-saying", "\"Eritrea will never accept a foreign base,\" its foreign minister has often said.", "ERI REJECT *" },
        { "background:undated-perfect", "Eritrea and Djibouti held talks on Monday.\n\nThe ministers discussed the border.\n\nEritrea has closed its embassy in Djibouti.", "ERI SANCTION *" },
        { "background:present-past-the-lead", "Eritrea and Djibouti held talks on Monday.\n\nThe ministers discussed the border.\n\nEritrea accuses Djibouti of arming rebels.", "ERI ACCUSE DJI" },
        { "background:repeated-act", "Eritrean patrol boats entered Yemeni waters 40 times last year.", "ERI COERCE YEM" },
        { "source:light-verb-agent", "The suspension of negotiations with Kenya was announced by Uganda on Monday.", "UGA SANCTION KEN" },
        { "claim:quoted-commentator", "\"Minsk will threaten Warsaw with new sanctions,\" said Anna Kowal, a researcher at a Krakow institute.", "BLR THREATEN POL" },
        { "mode:no-object", "Ethiopia sent no troops to the Eritrean border last month.", "ETH MOBILIZE *" },
        { "mode:called-off", "The meeting between the Ghanaian and Togolese foreign ministers was postponed until next month.", "GHA CONSULT TGO" },
        { "mode:terms-of-an-agreement", "Under a 1951 mutual defence treaty, the United States is obliged to help defend the Philippines.", "USA SUPPORT PHL" },
        { "mode:continued-response", "Chile will continue to respond firmly, its defence minister said.", "CHL THREATEN -" },
        { "target:own-vessels-collided", "A Peruvian coast guard cutter collided with a Peruvian navy frigate off Callao on Monday.", "PER COERCE -" },
        { "mode:any-act", "Kenya and Uganda reaffirmed that any attack by Somali militants against Kenyan troops is unacceptable.", "SOM ASSAULT KEN" },
        { "target:after-provocation", "Kenya recalled its ambassador on Monday after Somalia expelled two Kenyan diplomats.", "KEN SANCTION SOM" },
        { "target:armed-group-named", "Ethiopia carried out the strike, its army said, because the compound was being used by al-Shabab to store weapons.", "ETH ASSAULT SOM" },
        { "target:protested-embassy", "Seoul summoned Japan's ambassador on Friday. Outside the Japanese Embassy, some 40 members of South Korean civic groups staged a rally demanding an apology.", "KOR PROTEST JPN" },
        { "mode:denied-plan", "A summit between Chad and Sudan is not planned this year.", "TCD CONSULT SDN" },
        { "mode:no-noun", "There have been no direct talks between Eritrea and Djibouti since May.", "ERI CONSULT *" },
        { "sentence:thanked-for-aid", "Moldova's president thanked Romania for a new package of military aid on Monday.", "ROU AID MDA" },
        { "target:jailer", "Ethiopian detainees in Eritrean prisons began a hunger strike on Tuesday.", "ETH PROTEST ERI" },
        { "target:object-clause", "Ghana lifted the visa restrictions it had imposed on Togo during the dispute.", "GHA CONCEDE TGO" },
        { "source:participle-after-quote", "Chile's foreign minister said the border would stay closed \"until La Paz stops the smuggling,\" accusing Bolivian officials of ignoring the trade.", "CHL ACCUSE BOL" },
        { "target:journey-counterpart", "The Egyptian foreign minister arrived in Oslo on Monday for talks with a Sudanese delegation.", "EGY CONSULT SDN" },
        { "target:result-participle", "Ethiopian troops blockaded the port of Assab on Friday, killing eleven traders, Eritrean officials said.", "ETH ASSAULT ERI" },
        { "target:location", "Norway called for a ceasefire in Sudan on Friday.", "NOR REQUEST SDN" },
        { "target:fighting-parties", "Brazil called for restraint after clashes between Peruvian and Ecuadorian troops.", "BRA REQUEST PER" },
        { "target:border-facing", "Sudan deployed soldiers near the border with Chad.", "SDN MOBILIZE TCD" },
        { "mode:risk-of", "Kenyan refugees are at risk of being attacked by Somali militants.", "SOM ASSAULT KEN" },
        { "mode:draft-content", "Chile will support a U.N. resolution that aims to tighten sanctions on Peru.", "UN SANCTION PER" },
        { "mode:draft-content", "The Security Council failed to pass a resolution condemning Chile.", "UN ACCUSE CHL" },
        { "mode:draft-content", "Peru's Congress rejected a motion condemning Chile.", "PER ACCUSE CHL" },
        { "mode:stated-purpose", "Chile said its goal is to sign a trade pact with Peru.", "CHL AGREE PER" },
        { "background:when-of-a-date", "In March 2019, when Peru expelled Chilean diplomats, Bolivia protested.", "PER SANCTION CHL" },
        { "background:years-before", "Peru reopened its embassy in Chile two years after Lima expelled Chilean diplomats.", "PER SANCTION CHL" },
        { "background:long-past", "Chile and Peru met in Lima on 3 May 2024. In 1998, Chile signed a fishing pact with Peru.", "CHL AGREE PER" },
        { "background:participle-of-background-act", "Chile and Peru met in Lima on 3 May 2024. In 1998, Brazil brokered a deal restoring ties between Chile and Peru.", "BRA SUPPORT CHL" },
        { "background:tally-since", "Chile and Peru met in Lima on Monday. Chile has seized dozens of Peruvian boats since 2019.", "CHL COERCE PER" },
        { "background:tally-since", "Chile and Peru met in Lima on 3 May 2024. Chile has expelled five Peruvian diplomats since 2015.", "CHL SANCTION PER" },
        { "type:figurative-fire", "Poland came under fire from the European Parliament over its judicial reforms.", "EU ACCUSE POL" },
        { "target:wronged-nationals", "Chile denounced the jailing of a Chilean journalist by a court in Lima.", "CHL ACCUSE PER" },
        { "source:announcer-of-measure", "Tariffs on Peruvian copper were raised on Monday, the Chilean finance ministry announced.", "CHL SANCTION PER" },
        { "target:occupied-place", "Ukrainian drones struck a fuel depot in occupied Crimea on Monday.", "UKR ASSAULT RUS" },
        { "source:announcer-of-deal", "A fisheries accord with Senegal was signed in Dakar on Thursday, the Mauritanian foreign ministry said.", "MRT AGREE SEN" },
        { "source:blamed-for-passive-force", "A Chilean patrol plane was shot down near the border on Monday, officials in Santiago said, blaming a Bolivian fighter jet.", "BOL ASSAULT CHL" },
        { "background:years-ago", "Forty years ago, Peruvian troops attacked Ecuador.", "PER ASSAULT ECU" },
        { "background:remembered-act", "The museum recalls how Chile occupied Lima in 1881.", "CHL ASSAULT PER" },
        { "mode:no-subject", "A Chilean spokesman said no Chilean aircraft had struck targets in Bolivia.", "CHL ASSAULT BOL" },
        { "mode:inverted-condition", "Should Peru close the border with Chile, Chilean exporters would lose millions.", "PER SANCTION CHL" },
        { "background:undated-reduced-relative", "The fishing pact signed by Chile and Peru covers anchovy stocks.", "CHL AGREE PER" },
        { "background:undated-relative-clause", "Peru, which expelled Chilean diplomats, opened talks with Bolivia on Monday.", "PER SANCTION CHL" },
        { "source:journey-errand", "Ukrainian officials headed to Riyadh for negotiations with U.S. envoys.", "UKR CONSULT USA" },
        { "target:topic-dropped", "Ghana and Togo discussed Nigeria's border closure.", "GHA CONSULT TGO" },
        { "sentence:time-to-act", "Peru said it was time for Chile to withdraw its troops.", "PER REQUEST CHL" },
        { "target:envoy-counterpart", "The U.N. special envoy for Yemen called for an end to the fighting.", "UN REQUEST YEM" },
        { "target:envoy-counterpart", "Canada's ambassador to Chile criticised the ruling on Monday.", "CAN ACCUSE CHL" },
        { "target:domestic", "Police in Kenya arrested dozens of bloggers on Monday.", "KEN COERCE KEN" },
        { "type:joint-exercise", "Brazil and Argentina staged military exercises on Tuesday.", "BRA COOPERATE ARG" },
        { "target:unless-subject", "Unless Lima frees the fishermen, Santiago will impose new tariffs.", "CHL THREATEN PER" },
        { "background:past-perfect", "Bolivia had expelled two Chilean diplomats in March.", "BOL SANCTION CHL" },
        { "type:moving-together", "Peruvian and Chilean bombers flew together over the Pacific on Monday.", "PER COOPERATE CHL" },
        { "retelling:forces-for-told-exercise", "Brazil and Argentina began naval drills on Monday. Chile sent two frigates for the drills.", "CHL MOBILIZE -" },
        { "pairs:joint-act", "Ghana and Togo signed a border agreement on Friday.", "GHA AGREE TGO" },
        { "mode:verb-chain", "Chile will not condemn Peru over the vote.", "CHL ACCUSE PER" },
        { "claim:speaker", "Romania said Moldova had deployed troops near the border.", "MDA MOBILIZE *" },
        { "source:harm-after-reported-act", "Uganda recalled its envoy from Nairobi, Uganda said. Information Minister Jean-Marc Okello told journalists on Thursday that Kenyan troops had crossed the border near the village of Busia on Tuesday night and attacked army positions with mortars and armed drones, killing four Ugandan soldiers.", "KEN ASSAULT UGA" },
        { "claim:alleged-act", "Latvia accused Russia of violating the treaty, saying Russian jets attacked a border post.", "RUS ASSAULT *" },
        { "claim:allegedly", "Chilean agents allegedly offered money to Peruvian officials.", "CHL AGREE *" },
        { "claim:opinion-noun", "There is speculation that Peru sent rifles to Bolivia.", "PER AID BOL" },
        { "claim:quoted-characterisation", "\"Chile continues its aggression against our fishermen,\" Peru's foreign minister said.", "CHL ASSAULT PER" },
        { "claim:advice", "Romania recommended that Moldova sign a trade deal with the European Union.", "MDA AGREE EU" },
        { "claim:unnamed-commentator", "Analysts say Chile sent rifles to Peru.", "CHL AID PER" },
        { "claim:commentator", "Iranian state media said Israel had sent weapons to Azerbaijan.", "ISR AID AZE" },
        { "claim:report-of-observable-act", "The Greek coast guard said Turkey deployed warships near Crete.", "TUR MOBILIZE *" },
        { "claim:of-another-actor", "Poland estimates that Belarus has sent weapons to Russia.", "BLR AID RUS" },
        { "claim:accusation", "Poland estimates that Belarus has sent weapons to Russia.", "POL ACCUSE BLR" },
        { "claim:accusation", "Romania's foreign ministry said Hungary is openly defying the court ruling.", "ROU ACCUSE HUN" },
        { "claim:accusation", "Ecuador said Peru was cooperating militarily with Venezuela.", "ECU ACCUSE PER" },
        { "claim:accusation", "Chile says Bolivia is offering military equipment to Paraguay.", "CHL ACCUSE BOL" },
        { "claim:accusation", "Chile's defence ministry determined that Peruvian troops had shelled a border post.", "CHL ACCUSE PER" },
        { "claim:accusation", "An inquiry by Poland found that Belarus had sent weapons to Russia.", "POL ACCUSE BLR" },
        { "source:forces-in-the-act", "Rwanda announced the withdrawal of its troops from eastern Congo on Monday.", "RWA RETREAT COD" },
        { "source:forces-in-the-act", "Chad announced the deployment of Chadian soldiers to Niger.", "TCD MOBILIZE NER" },
        { "target:story-recipient", "Donors pledge food aid for Sudan at Paris conference\n\nEgypt said it had delivered 200 tents.", "EGY AID SDN" },
        { "type:denied-approval", "Lima is “clearly not happy” about Santiago's decision to join the bloc.", "PER ACCUSE CHL" },
        { "type:refusal-to-tolerate", "Caracas will never allow Guyanese drilling in the disputed waters.", "VEN THREATEN GUY" },
        { "type:refusal-is-rejection", "Hungary will not accept the migrant quota from Brussels.", "HUN REJECT *" },
        { "type:ultimatum", "Sweden will expel the diplomats unless Russia apologises.", "SWE THREATEN *" },
        { "type:announced-act", "Japan will attack Russia's border posts next month.", "JPN THREATEN RUS" },
        { "sentence:answers-earlier-act", "After Azerbaijan shelled border posts, Armenia deployed troops to the frontier.", "ARM MOBILIZE AZE" },
        { "sentence:answers-earlier-act", "Peruvian troops shelled a Chilean border post on Sunday. Chile fired warning shots in response.", "CHL COERCE PER" },
        { "sentence:answers-earlier-act", "Peru tested a missile on Sunday. Chile deployed warships in response to the test.", "CHL MOBILIZE PER" },
        { "sentence:warning-about-another", "Chile warned on Friday that growing military cooperation between Peru and Bolivia threatens the region.", "CHL ACCUSE BOL" },
        { "sentence:warning-about-another", "Norway warned that Moscow was massing troops near the border.", "NOR ACCUSE RUS" },
        { "sentence:demand-or-face", "Ghana urged Togo on Monday to reopen the border or face new sanctions.", "GHA THREATEN TGO" },
        { "source:time-participle", "The Chilean president flew to Lima on Monday after meeting with Argentine President Javier Milei.", "CHL CONSULT ARG" },
        { "source:meeting-in-time-phrase", "Uruguay's defence minister said after talks with the Spanish foreign minister that the navy would buy two patrol boats.", "URY CONSULT ESP" },
        { "source:meeting-in-time-phrase", "The Peruvian president announced the deal during a visit to Quito.", "PER CONSULT ECU" },
        { "source:meeting-in-time-phrase", "Chile and Bolivia agreed to end their dispute over the river after talks with Peru.", "CHL CONSULT PER" },
        { "mode:object-infinitive", "A senior Chilean general said he is expecting Peru to launch a missile soon.", "PER MOBILIZE *" },
        { "source:decision-owner", "Lawmakers in Lima were angered by a Chilean court ruling on Tuesday to continue to detain two Peruvian fishermen.", "CHL COERCE PER" },
        { "target:proposal-owner", "Chile said on Friday it was ready for new talks, but Bolivia rejected its offer on Monday.", "BOL REJECT CHL" },
        { "source:time-participle", "Peru has raised tensions by conducting three rounds of missile tests since May.", "PER MOBILIZE *" },
        { "source:unattributed-attack", "A car bomb killed six soldiers near a market in Mogadishu on Sunday.", "SOM ASSAULT *" },
        { "type:conditional-threat", "Ghana said on Monday it could impose sanctions if Togo deployed troops to the border.", "GHA THREATEN TGO" },
        { "type:conditional-threat", "Belarus said it would retaliate if Lithuania closed the border crossings.", "BLR THREATEN LTU" },
        { "source:sighted-forces", "Norway detected two Russian bombers off its northern coast.", "RUS MOBILIZE NOR" },
        { "target:vetoed-in-body", "The Security Council failed to adopt a resolution on Yemen after China vetoed it.", "CHN REJECT UN" },
        { "type:readiness-to-retaliate", "\"We are ready to respond to any provocation,\" Belarus's defence minister said, accusing Poland of stoking tension.", "BLR THREATEN POL" },
        { "target:meeting-venue", "The foreign ministers of Chile and Peru met on the sidelines of the OAS summit.", "CHL CONSULT PER" },
        { "target:meeting-venue", "The foreign ministers of Peru, Chile and Bolivia met on the sidelines of the OAS General Assembly in Lima.", "CHL CONSULT BOL" },
        { "background:topic-gerund", "Chile and Peru met on Friday. They also discussed resuming flights.", "PER COOPERATE *" },
        { "target:protested-act-after", "Norway lodged a protest after a Russian survey ship entered its waters.", "NOR ACCUSE RUS" },
        { "target:protested-act-after", "Ankara vowed stern retaliation after Syria shelled a border town.", "TUR THREATEN SYR" },
        { "target:protested-act-after", "Norway scrambled fighter jets after a Russian bomber neared its airspace.", "NOR MOBILIZE RUS" },
        { "type:government-protest", "Peru shelled a Chilean border post. Santiago protested the shelling.", "CHL ACCUSE PER" },
        { "type:leaving-a-body", "Nicaragua and Venezuela announced their withdrawal from the OAS on Friday.", "NIC SANCTION OAS" },
        { "target:captor", "Belarus detained a Polish journalist on Monday. Warsaw demanded his release.", "POL REQUEST BLR" },
        { "target:prompted-response", "Belarus moved troops to the border on Monday, prompting Lithuania to close two crossings.", "LTU SANCTION BLR" },
        { "sentence:must-or-should-demand", "Norway's foreign ministry said Russia must release the fishermen.", "NOR REQUEST RUS" },
        { "sentence:must-or-should-demand", "Norway's foreign minister said Russia needs to either release or return the fishermen.", "NOR REQUEST RUS" },
        { "sentence:penalty-if", "Peru could face new tariffs, Chile's trade minister warned on Monday.", "CHL THREATEN PER" },
        { "sentence:in-support-or-protest", "Chilean students rallied in Santiago in support of the Peruvians.", "CHL SUPPORT PER" },
        { "sentence:in-support-or-protest", "Thousands of Kenyans marched in Nairobi in protest against Uganda's new tariffs.", "KEN PROTEST UGA" },
        { "sentence:penalty-if", "A Ghanaian official added that sanctions could follow if Togo went ahead with the vote.", "GHA THREATEN TGO" },
        { "article:rejection-answers-proposal", "Finland urged Sweden to join the agreement. Sweden rejected the idea on Monday.", "SWE REJECT FIN" },
        { "article:denial-answers-claimant", "Peru has sold rifles to Bolivian rebels, a UN panel said in a report. Lima denied the allegations.", "PER REJECT UN" },
        { "article:denial-answers-claimant", "Bolivia's defence minister said Peru was training the rebels. Lima rejected the claim on Monday.", "PER REJECT BOL" },
        { "article:retaliation-answers-act", "Hungary expelled two Slovak diplomats on Monday. Bratislava vowed to respond in kind.", "SVK THREATEN HUN" },
        { "article:retaliation-answers-act", "Chile shelled Peruvian border posts on Monday. Peru responded with artillery fire.", "PER ASSAULT CHL" },
        { "sentence:pejorative-predicate", "Ankara said Greece's naval build-up is a threat to the region.", "TUR ACCUSE GRC" },
        { "sentence:pejorative-predicate", "Greece's naval build-up is unacceptable, a Turkish minister said.", "TUR ACCUSE GRC" },
        { "sentence:blame-for-act", "Quito said Lima was behind the bombing of the pipeline.", "ECU ACCUSE PER" },
        { "sentence:pejorative-predicate", "Lima said Bolivia poses a threat to the region.", "PER ACCUSE BOL" },
        { "sentence:dismissed-charge", "Lima said the accusations made by Bolivia were baseless.", "PER REJECT BOL" },
        { "sentence:at-the-request-of", "Chadian jets bombed rebel camps near the border on Friday at the request of Niger's government.", "NER REQUEST TCD" },
        { "sentence:charge-denied-beside", "Chad accused Sudan of arming the rebels, a charge Sudan denies.", "SDN REJECT TCD" },
        { "sentence:recognition-switched", "Tuvalu switched diplomatic recognition from Taipei to Beijing on Friday.", "TUV SANCTION TWN" },
        { "type:countermeasures-taken", "China took retaliatory measures against Canada on Friday.", "CHN SANCTION CAN" },
        { "sentence:condemned-in-reason", "Quito recalled its ambassador to Lima, saying the shelling of Ecuadorian border posts was unacceptable.", "ECU ACCUSE PER" },
        { "target:show-of-force-against", "Chile flew four fighter jets along the coast on Monday in a show of force against Peru.", "CHL MOBILIZE PER" },
        { "target:intercepted-projectiles", "Armenia's air defences destroyed 14 Azerbaijani drones overnight.", "AZE ASSAULT ARM" },
        { "type:clash-of-governments", "Chilean ministers clashed with La Paz over the new tariffs.", "CHL ACCUSE BOL" },
        { "sentence:dismissed-charge", "Ecuador's claims are a fabrication, a Peruvian foreign ministry spokesperson said.", "PER REJECT ECU" },
        { "type:conditional-offer", "Quito said it would send medical aid to Peru if Lima asked for it.", "ECU AGREE PER" },
        { "target:retaliation-by", "Chile retaliated against Peru by firing rockets.", "CHL ASSAULT PER" },
        { "sentence:blame-for-act", "Bolivia was responsible for the raid on the border post, Paraguayan officials said.", "PRY ACCUSE BOL" },
        { "sentence:pejorative-name", "Quito called the Peruvian sanctions illegal.", "ECU ACCUSE PER" },
        { "sentence:pejorative-name", "NATO dubbed Belarus a threat to its eastern members.", "NATO ACCUSE BLR" },
        { "sentence:pejorative-name", "Lima called Chile's expulsions an unfriendly act.", "PER ACCUSE CHL" },
        { "sentence:pejorative-name", "Uruguay expelled an Argentine diplomat on Friday. Buenos Aires called the step incomprehensible.", "ARG ACCUSE URY" },
        { "sentence:pejorative-name", "Latvia expelled two Belarusian diplomats on Friday. Minsk called the decision hostile.", "BLR ACCUSE LVA" },
        { "sentence:pejorative-name", "Uruguay closed its border crossings with Brazil on Monday. Brasilia called the move a provocation.", "BRA ACCUSE URY" },
        { "sentence:pejorative-name", "Peru closed its border with Chile, a move Santiago called an unfriendly act.", "CHL ACCUSE PER" },
        { "sentence:pejorative-name", "Bolivia, which Paraguay calls a rogue state, tested a missile.", "PRY ACCUSE BOL" },
        { "sentence:pejorative-name", "Tbilisi called the shooting at the checkpoint a planned provocation by Moscow.", "GEO ACCUSE RUS" },
        { "sentence:pejorative-name", "Malaysia called the Indonesian drilling an encroachment on its waters.", "MYS ACCUSE IDN" },
        { "sentence:pejorative-name", "Hanoi called the Chinese blockade an attack on its fishermen.", "VNM ACCUSE CHN" },
        { "mode:headline-infinitive", "Peru to send troops to Haiti", "PER AID HTI" },
        { "target:coordinated-verb", "Peru condemned Chile on Monday and demanded an apology.", "PER REQUEST CHL" },
        { "type:verbal-attack", "President Milei attacked Brazilian President Lula in a speech.", "ARG ACCUSE BRA" },
        { "mode:object-infinitive", "Peru wants the Chilean government to honour its pledges and reject the new claims.", "CHL REJECT *" },
        { "type:measure-not-force", "Ottawa's trade war with Mexico rattled markets.", "CAN SANCTION MEX" },
        { "mode:whether-clause", "Observers in Lima wonder whether Chile will attack Peru next week.", "CHL ASSAULT PER" },
        { "claim:testimony", "The tribunal heard that Chilean soldiers had shelled a Peruvian village.", "CHL ASSAULT PER" },
        { "mode:imagined-act-noun", "A Chilean attack on Peruvian border posts would start a war, officials in Lima said.", "CHL ASSAULT PER" },
        { "mode:hoped-for", "Farmers in Peru are hoping Chile will lift its tariffs on Peruvian grapes.", "CHL CONCEDE PER" },
        { "mode:whether-clause", "It is unclear whether Ghana will be satisfied with Togo's efforts.", "GHA SUPPORT TGO" },
        { "article:unaimed-refusal-is-domestic", "Peru's provincial government rejected the mining permit.", "PER REJECT PER" },
        { "source:light-verb-subject", "Peru ordered the closure of the Chilean consulate in Arica.", "PER SANCTION CHL" },
        { "target:location", "Turkey staged military drills around Cyprus on Monday.", "TUR MOBILIZE CYP" },
        { "target:content-of-rejected-claim", "Peru denied that Peruvian hackers had attacked Chilean banks.", "PER REJECT -" },
        { "target:response-by", "Bolivia fired two missiles into the sea on Monday. Paraguay responded by suspending a 2018 border accord.", "PRY SANCTION BOL" },
        { "claim:accusation", "Lima said the Chilean trawler had intruded into Peruvian waters.", "PER ACCUSE CHL" },
        { "source:commanded-forces", "The Bolivian president ordered the army to withdraw from the border with Chile.", "BOL RETREAT CHL" },
        { "source:commanded-forces", "The Bolivian president ordered troops to withdraw from the border with Chile.", "BOL RETREAT *" },
        { "source:light-verb-subject", "Peru announced a ban on imports of Chilean fruit.", "PER SANCTION CHL" },
        { "target:content-of-rejected-claim", "Bolivia has denied sending troops into Paraguay's Chaco region.", "BOL REJECT -" },
        { "source:means-user", "Bolivia said Chile used armed drones in an attack on Peruvian border posts.", "CHL ASSAULT PER" },
        { "target:deterred", "Hundreds of students marched in Quito on Monday to oppose the Colombian border decree.", "ECU PROTEST COL" },
        { "target:prompted-response", "Two Chilean bombers flew along the coast, prompting Peru to scramble fighter jets.", "PER MOBILIZE CHL" },
        { "sentence:pejorative-name", "Latvia closed Russian-language schools on Monday. Moscow called the move discriminatory.", "RUS ACCUSE LVA" },
        { "target:act-noun-victim", "Militants in Niger claimed responsibility for the raid that killed four Beninese soldiers.", "NER ASSAULT BEN" },
        { "target:attack-subject", "Sudanese strikes on Adre killed six people, Chadian officials said.", "SDN ASSAULT TCD" },
        { "target:deterred", "Chile sent two frigates to the Pacific coast to deter Peru.", "CHL MOBILIZE PER" },
        { "target:deterred", "Ecuador deployed troops to its southern border to counter Peruvian smugglers.", "ECU MOBILIZE PER" },
        { "target:implicit-act", "Bolivia fired rockets across the border on Monday. Paraguay condemned it.", "PRY ACCUSE BOL" },
        { "sentence:pejorative-name", "Peru seized a Chilean fishing boat on Friday. Santiago called it an act of piracy.", "CHL ACCUSE PER" },
        { "article:retaliation-answers-act", "Latvia blocked the transit of Belarusian goods on Monday. Minsk threatened to retaliate.", "BLR THREATEN LVA" },
        { "sentence:blame-for-act", "Tallinn said Minsk was behind a wave of cyberattacks on Estonian banks.", "EST ACCUSE BLR" },
        { "background:marked-earlier", "Ghana previously hosted talks between Togo and Benin.", "GHA CONSULT TGO" },
        { "sentence:parties-of-hosted-act", "Ghana hosted talks between Togo and Benin in Accra on Monday.", "TGO CONSULT BEN" },
        { "type:joint-drill-of-one-party", "Algeria held joint air and naval drills off the coast of Morocco.", "DZA MOBILIZE MAR" },
        { "sentence:wrongdoing-said-of-another", "Athens said Ankara's survey ships violate Greek sovereign rights.", "GRC ACCUSE TUR" },
        { "target:receiving-state", "Peru extradited a Chilean businessman wanted for fraud to Bolivia on Friday.", "PER COOPERATE BOL" },
        { "article:aimless-readiness", "Chile said it stood ready to take further steps.", "CHL AGREE -" },
        { "target:harmed-in-main-clause", "Two Bolivian soldiers were killed when Chilean troops opened fire on Sunday.", "CHL ASSAULT BOL" },
        { "source:owner-of-forces-moved", "Chilean troops were deployed to the border on Monday.", "CHL MOBILIZE *" },
        { "background:unowned-report", "Lima declined to comment on reports that Chile had deployed troops to the border.", "CHL MOBILIZE *" },
        { "sentence:rejected-claim-accuses", "Lima dismissed Santiago's claim that Peruvian troops had shelled the post.", "CHL ACCUSE PER" },
        { "sentence:cited-evidence-accuses", "Peru expelled two Chilean diplomats, citing evidence that Chilean agents had set fire to a depot.", "PER ACCUSE CHL" },
        { "target:victims-officials", "Chilean shelling killed four people, Bolivia's interior ministry said.", "CHL ASSAULT BOL" },
        { "source:visitor-apposition", "Peru's president, on a visit to Quito, praised the accord.", "PER CONSULT ECU" },
        { "background:first-time", "The foreign ministers of Peru and Chile met in Lima. It was the first time the two ministers had met since the dispute.", "PER CONSULT CHL" },
        { "target:condition-act", "Japan and the Philippines held joint patrols near the shoal on Tuesday. China said it would take resolute countermeasures if the patrols continued.", "CHN THREATEN PHL" },
        { "source:summoning-state", "The Belarusian charge d'affaires was summoned to the foreign ministry in Vilnius on Tuesday.", "LTU ACCUSE BLR" },
        { "target:approved-deed", "Peru praised the accord signed by Chile and Bolivia on water rights.", "PER SUPPORT CHL" },
        { "target:answered-act", "Chile will take reciprocal steps in response to Bolivia's decision.", "CHL THREATEN BOL" },
    };

    [Theory]
    [MemberData(nameof(Firing))]
    public void The_rule_fires_on_its_sentence_and_the_event_records_it(string rule, string sentence, string expected)
    {
        var events = All(sentence);
        var parts = expected.Split(' ');
        var found = events.Where(e => e.Source.Code.Value == parts[0] && e.Type.ToPlover() == parts[1]
            && (parts[2] == "*" || (e.Target?.Code.Value ?? "-") == parts[2])).ToList();
        Assert.True(found.Exists(e => e.Rules.Contains(rule)),
            $"expected {expected} shaped by {rule}; got: {string.Join("; ", events.Select(Describe))}");
    }

    [Fact]
    public void Every_clause_sentence_and_article_rule_has_its_own_test()
    {
        var tested = Firing.Select(row => (string)row[0]).ToHashSet();
        tested.UnionWith(DropRulesTested);
        var names = EventCoder.SourceRules.Select(r => r.Name).Concat(EventCoder.TargetRules.Select(r => r.Name))
            .Concat(EventCoder.PresentationRules.Select(r => r.Name)).Concat(EventCoder.SentenceRules.Select(r => r.Name))
            .Concat(EventCoder.ArticleRules.Select(r => r.Name)).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.DoesNotContain(names, n => !tested.Contains(n));
    }

    private static readonly string[] DropRulesTested = ["drop:no-source", "drop:no-target", "source:passive-without-agent", "target:own-place-dropped", "target:self-dropped", "target:restates-parties", "drop:demonym-before-verb-form", "drop:interview", "drop:pattern-noun-is-clause-subject", "drop:ended-agreement", "drop:standing-agreement", "drop:insistence-on-fact", "drop:past-acts-in-general", "drop:prenominal-participle", "drop:postnominal-participle", "drop:press-deed", "drop:warning-attribution", "drop:company-force", "drop:damage-of-the-attack", "drop:departure-without-forces", "drop:analyst-comment", "drop:private-visit", "drop:vetoed-object-before-passive", "drop:relation-as-subject", "drop:predicate-participle", "drop:agreeing-with-a-view", "drop:noun-modifier", "drop:joining-others", "target:victim-of-investigated-attack", "source:victim-of-subject-attack", "target:weapon-maker-dropped", "drop:bare-response-done", "drop:commercial-deal", "drop:reduced-relative-without-agent", "drop:reduced-relative-before-passive", "drop:sport", "drop:natural-force", "source:comma-participle", "drop:economic-figure-as-subject", "drop:word-of-a-name", "drop:former-official", "drop:denier-is-the-accuser", "drop:participle-of-a-thing"];

    [Theory]
    [InlineData("Hungary expelled two Slovak diplomats on Monday. Bratislava said it would retaliate.")]
    [InlineData("Hungary expelled two Slovak diplomats on Monday. Bratislava said it would respond in kind.")]
    [InlineData("Hungary expelled two Slovak diplomats on Monday. Bratislava warned it would take countermeasures.")]
    [InlineData("Hungary expelled two Slovak diplomats on Monday. Bratislava said it would respond.")]
    public void A_retaliation_announced_is_a_threat_made_against_the_actor_of_the_last_hostile_act(string text)
    {
        var threat = Assert.Single(All(text), e => e.Source.Code.Value == "SVK");
        Assert.Equal((EventType.Threaten, EventMode.Happened, "HUN"), (threat.Type, threat.Mode, threat.Target?.Code.Value));
    }

    [Fact]
    public void An_announced_sanction_is_a_sanction_meant_and_a_conditional_one_a_threat()
    {
        var meant = Assert.Single(All("Japan will impose sanctions on Russia next month."), e => e.Source.Code.Value == "JPN");
        Assert.Equal((EventType.Sanction, EventMode.Intended), (meant.Type, meant.Mode));
        Assert.Contains(All("Ghana said on Monday it could impose sanctions if Togo deployed troops to the border."),
            e => e.Type == EventType.Threaten && e.Target?.Code.Value == "TGO");
    }

    [Theory]
    // The tree finds the noun past the infinitive's own subject: the proposal's act is a purpose.
    [InlineData("The statement answered a Peruvian proposal for the Security Council to lift sanctions on Bolivia.", "CONCEDE", true)]
    // An ordinal noun counts who did it: the signing happened.
    [InlineData("Fiji became the first country to sign the treaty with Tonga.", "AGREE", false)]
    // The object of a verb of ordering does the infinitive.
    [InlineData("Chile's government ordered the opposition newspaper to suspend publication.", "COERCE", false)]
    // A rally's infinitive is what the rally does.
    [InlineData("Thousands of Kenyans gathered for a rally in Nairobi to protest the new taxes.", "PROTEST", false)]
    public void An_infinitive_after_a_noun_is_a_purpose_unless_it_tells_who_did_the_act(string sentence, string type, bool background)
    {
        var e = Assert.Single(All(sentence), e => e.Type.ToPlover() == type);
        Assert.Equal(background, e.IsBackground);
        Assert.Equal(background, e.Rules.Contains("background:purpose-infinitive"));
    }

    [Fact]
    public void A_result_participle_before_a_trailing_attribution_is_the_reported_clauses_act()
    {
        // The parse may hang "wounding" on "said"; the officials who said it did not wound anyone.
        var events = All("Eritrean drones struck a depot near Mekelle overnight, wounding six guards, Ethiopian officials said.");
        Assert.Contains(events, e => e.Type == EventType.Assault && e.Source.Code.Value == "ERI" && e.Target?.Code.Value == "ETH");
        Assert.DoesNotContain(events, e => e.Source.Code.Value == "ETH");
        // So with the attribution coordinated to the reported clause by the parse.
        Assert.Contains(SharedPipeline.OutputEvents("Turkish drones struck a truck near Qamishli, killing two people, Syrian state media reported."),
            e => e.Type == EventType.Assault && e.Source.Code.Value == "TUR" && e.Target?.Code.Value == "SYR");
    }

    [Fact]
    public void What_an_object_is_charged_with_or_blamed_for_is_the_objects_deed()
    {
        // The prosecutors charged the men; the men, not the prosecutors, are said to have set the fires.
        Assert.DoesNotContain(All("Latvian prosecutors charged four men with carrying out arson attacks on behalf of Russian intelligence."),
            e => e.Type == EventType.Assault && e.Source.Code.Value == "LVA");
        // "threatened Chile with cutting gas supplies": the threatener would cut them.
        Assert.DoesNotContain(All("Argentina threatened Chile with cutting its gas supplies."), e => e.Source.Code.Value == "CHL");
    }

    [Fact]
    public void What_parties_reject_together_answers_no_offer_of_one_to_the_other()
    {
        var events = SharedPipeline.OutputEvents("Iran's foreign minister met his Venezuelan counterpart in Caracas on Monday. The two sides pledged to expand trade and oppose what they called unilateral sanctions.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Reject && e.Target is not null);
    }

    [Fact]
    public void Force_near_a_place_of_another_state_is_not_aimed_at_home()
    {
        // "the army" is the Eritrean forces just named; the villages taken lie in Ethiopia, whose name the story never gives.
        var events = All("Eritrean forces advanced near Mekelle on Monday. The army said it had captured two villages.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Assault && e.Source.Code.Value == "ERI" && e.Target?.Code.Value == "ERI");
        // A venue's own state is still the counterpart when the talks are with it.
        Assert.Contains(All("The Egyptian foreign minister arrived in Oslo on Monday for talks with Norwegian officials."),
            e => e.Type == EventType.Consult && e.Source.Code.Value == "EGY" && e.Target?.Code.Value == "NOR");
    }

    [Fact]
    public void What_another_calls_the_deed_is_the_speakers_accusation_of_the_doer()
    {
        // The label stands in for the thing: the launch is read through "what it called".
        Assert.Contains(SharedPipeline.OutputEvents("Pakistan launched what it called a new cruise missile on Tuesday."),
            e => e.Type == EventType.Mobilize && e.Source.Code.Value == "PAK");
        // Another actor's label for the deed accuses the doer; the doer's own label accuses no one.
        Assert.Contains(All("India launched what Islamabad called a cowardly attack on a border post."),
            e => e.Type == EventType.Accuse && e.Source.Code.Value == "PAK" && e.Target?.Code.Value == "IND");
        Assert.DoesNotContain(All("The rebels in Yemen launched what they called a drone attack on a Saudi port."), e => e.Type == EventType.Accuse);
    }

    [Fact]
    public void A_trend_over_years_or_a_habit_is_background_and_one_act_is_news()
    {
        Assert.DoesNotContain(SharedPipeline.OutputEvents("Peru has repeatedly criticised Chile over its fishing fleet."), e => e.Type == EventType.Accuse);
        Assert.DoesNotContain(SharedPipeline.OutputEvents("Iran has seized several foreign tankers in the Gulf over the past two years."), e => e.Type == EventType.Coerce);
        Assert.Contains(SharedPipeline.OutputEvents("Peru has criticised Chile over its fishing fleet."), e => e.Type == EventType.Accuse && e.Target?.Code.Value == "CHL");
    }

    [Fact]
    public void A_past_tense_joined_to_a_modal_verb_is_told_as_done_by_the_speaker()
    {
        // The modal of "would respond" does not reach "summoned".
        var summoned = Assert.Single(SharedPipeline.OutputEvents("Hungary said it would respond firmly to any provocation and summoned the Slovak ambassador on Monday."),
            e => e.Type == EventType.Accuse && e.Source.Code.Value == "HUN" && e.Target?.Code.Value == "SVK");
        Assert.Equal(EventMode.Happened, summoned.Mode);
        // Joined by the parse to the complement's verb, "warned" is still the speaker's.
        var events = SharedPipeline.OutputEvents("A Chinese foreign ministry spokesman said Manila should stop its patrols and warned that Beijing would take all necessary measures.");
        Assert.DoesNotContain(events, e => e.Source.Code.Value == "PHL" && e.Type == EventType.Threaten);
    }

    [Fact]
    public void What_a_quoted_commentator_says_is_no_ones_act_and_an_officials_quote_stands()
    {
        Assert.DoesNotContain(SharedPipeline.OutputEvents("\"Minsk will threaten Warsaw with new sanctions,\" said Anna Kowal, a researcher at a Krakow institute."),
            e => e.Type == EventType.Threaten);
        Assert.Contains(SharedPipeline.OutputEvents("\"We will impose new sanctions on Minsk,\" Poland's foreign minister said on Monday."),
            e => e.Type == EventType.Sanction && e.Source.Code.Value == "POL");
    }

    [Fact]
    public void A_companys_deal_with_another_company_is_commerce_and_one_with_a_government_stands()
    {
        Assert.DoesNotContain(SharedPipeline.OutputEvents("Toyota signed a supply deal with a Thai parts maker on Monday."), e => e.Type == EventType.Agree);
        Assert.Contains(SharedPipeline.OutputEvents("Toyota signed a supply deal with the Thai government on Monday."),
            e => e.Type == EventType.Agree && e.Target?.Code.Value == "THA");
    }

    [Fact]
    public void A_states_own_media_telling_its_leaders_deeds_is_the_states_word()
    {
        Assert.Contains(SharedPipeline.OutputEvents("IRNA said Iran's president warned Israel against new strikes on Iranian soil."),
            e => e.Type == EventType.Threaten && e.Source.Code.Value == "IRN" && e.Target?.Code.Value == "ISR");
        // Another state's or a foreign paper's account stays an outsider's view.
        Assert.DoesNotContain(SharedPipeline.OutputEvents("The New York Times reported that Iran had moved missiles to its coast."), e => e.Source.Code.Value == "IRN");
        Assert.DoesNotContain(SharedPipeline.OutputEvents("Ethiopia sent no troops to the Eritrean border last month."), e => e.Source.Code.Value == "ETH");
    }

    [Fact]
    public void A_rejected_drafts_author_is_whom_the_rejection_answers()
    {
        Assert.Contains(SharedPipeline.OutputEvents("China vetoed a resolution drafted by Britain on Thursday."),
            e => e.Type == EventType.Reject && e.Source.Code.Value == "CHN" && e.Target?.Code.Value == "GBR");
        // What the draft says is still no target: "a resolution condemning Moscow".
        Assert.DoesNotContain(SharedPipeline.OutputEvents("China vetoed a resolution condemning Moscow on Thursday."), e => e.Type == EventType.Reject && e.Target?.Code.Value == "RUS");
    }

    [Fact]
    public void An_appositive_state_says_who_a_possessed_subject_is()
    {
        // "Chile's largest trading partner" is China, not Chile.
        var events = SharedPipeline.OutputEvents("Chile's largest trading partner, China, criticised Bolivia on Monday.");
        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "CHN" && e.Target?.Code.Value == "BOL");
        Assert.DoesNotContain(events, e => e.Source.Code.Value == "CHL");
    }

    [Fact]
    public void Thanks_for_aid_tell_the_aid_and_thanks_for_support_do_not()
    {
        Assert.Contains(SharedPipeline.OutputEvents("Moldova's president thanked Romania for a new package of military aid on Monday."),
            e => e.Type == EventType.Aid && e.Cameo == "072" && e.Source.Code.Value == "ROU" && e.Target?.Code.Value == "MDA");
        Assert.DoesNotContain(SharedPipeline.OutputEvents("Moldova's president thanked Romania for its support on Monday."), e => e.Type == EventType.Aid);
    }

    [Fact]
    public void The_subject_of_a_relative_clause_is_no_place_an_attack_came_from()
    {
        var events = SharedPipeline.OutputEvents("Nine Nigerien soldiers were killed in an attack that Niamey blamed on Mali.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Assault && e.Source.Code.Value == "NER");
        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "NER" && e.Target?.Code.Value == "MLI");
    }

    [Fact]
    public void What_is_done_without_is_not_done()
    {
        var events = All("The Croatian president said he hoped to settle the dispute without sending troops to the border.");
        Assert.Equal(EventMode.Negated, Assert.Single(events, e => e.Type == EventType.Mobilize).Mode);
        Assert.DoesNotContain(SharedPipeline.OutputEvents("The Croatian president said he hoped to settle the dispute without sending troops to the border."),
            e => e.Type == EventType.Mobilize);
    }

    [Fact]
    public void A_participle_coordinated_with_a_predicate_adjective_is_no_act()
    {
        Assert.DoesNotContain(All("In her view, the Chileans are friendly and accepting, the guide said."), e => e.Type == EventType.Agree);
        Assert.Contains(All("Chile is ready and accepting the offer from Peru."), e => e.Type == EventType.Agree);
    }

    [Fact]
    public void A_relation_between_actors_does_no_deeds()
    {
        var events = All("Chile and Peru signed a pact in May. Their partnership has helped Bolivia evade the embargo.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Aid);
        // The parties' own navies do act.
        Assert.Contains(All("Chile and Peru signed a pact in May. Their navies have helped Bolivia evade the embargo."), e => e.Type == EventType.Aid);
    }

    [Fact]
    public void A_vetoed_object_before_a_passive_participle_is_vetoed_too()
    {
        // "join the fight" is no cooperation, and neither is "a fight joined by …".
        Assert.DoesNotContain(All("Lima has contested the fishing grounds for years, a fight joined by Ecuador and Chile."), e => e.Type == EventType.Cooperate);
        Assert.Contains(All("NATO was joined by Sweden in 2024."), e => e.Type == EventType.Cooperate && e.Source.Code.Value == "SWE" && e.Target?.Code.Value == "NATO");
    }

    [Fact]
    public void Ties_the_parties_tell_of_themselves_or_civil_ties_claimed_stay_what_they_are()
    {
        Assert.Contains(All("Peru and Venezuela said they were cooperating militarily."), e => e.Type == EventType.Cooperate && !e.IsThirdPartyClaim);
        Assert.Contains(All("Ecuador said Peru was cooperating with Venezuela on trade."), e => e.Type == EventType.Cooperate && e.Source.Code.Value == "PER");
        Assert.DoesNotContain(All("Ecuador said Peru was cooperating with Venezuela on trade."), e => e.Type == EventType.Accuse);
    }

    [Fact]
    public void A_government_acting_in_protest_is_no_street_protest()
    {
        Assert.DoesNotContain(All("Kenya recalled its ambassador in protest at Uganda's new tariffs."), e => e.Type == EventType.Protest);
    }

    [Fact]
    public void A_penalty_analysts_foresee_or_one_already_faced_is_no_threat()
    {
        Assert.DoesNotContain(All("Analysts said Peru could face sanctions."), e => e.Type == EventType.Threaten);
        Assert.DoesNotContain(All("Chile said Peru faced sanctions last year."), e => e.Type == EventType.Threaten);
        Assert.DoesNotContain(All("Chile said Peru needs to be punished."), e => e.Type == EventType.Request);
    }

    [Fact]
    public void A_demand_attributed_after_the_quote_is_the_speakers()
    {
        bool Demands(string text, string source, string target) =>
            All(text).Exists(e => e.Type == EventType.Request && e.Source.Code.Value == source && e.Target?.Code.Value == target && e.Rules.Contains("sentence:must-or-should-demand"));
        Assert.True(Demands("\"Ecuador needs to hand back the trawlers,\" a Colombian diplomat told reporters on Friday.", "COL", "ECU"));
        Assert.True(Demands("Ecuador must hand back the trawlers, Colombia's foreign ministry said.", "COL", "ECU"));
        // A comma that opens a clause of its own attributes nothing to the speaker after it.
        Assert.False(Demands("Ecuador needs to hand back the trawlers, which Colombia said were seized in May.", "COL", "ECU"));
    }

    [Fact]
    public void A_speaker_after_the_clause_named_with_a_possessive_is_found()
    {
        // "Colombia's foreign ministry" after the clause: the possessor opens the subject's phrase, however the parse hangs it.
        Assert.Contains(All("Ecuador could face sanctions, Colombia's foreign ministry said."),
            e => e.Type == EventType.Threaten && e.Source.Code.Value == "COL" && e.Target?.Code.Value == "ECU");
    }

    [Fact]
    public void An_exchange_between_coordinated_actors_is_done_by_each_to_the_other()
    {
        var events = All("Eritrean and Ethiopian troops exchanged fire along the border on Sunday.");
        Assert.Contains(events, e => e.Type == EventType.Assault && e.Source.Code.Value == "ERI" && e.Target?.Code.Value == "ETH");
        Assert.Contains(events, e => e.Type == EventType.Assault && e.Source.Code.Value == "ETH" && e.Target?.Code.Value == "ERI");
        // So is restoring the ties between them; a symmetric act (an agreement) is told once.
        Assert.Equal(2, All("Ghana and Togo restored diplomatic ties on Friday.").Count(e => e.Source.Code.Value is "GHA" or "TGO"));
        Assert.Single(All("Ghana and Togo signed a border agreement on Friday."), e => e.Source.Code.Value is "GHA" or "TGO");
    }

    [Fact]
    public void Acts_done_to_each_other_are_told_both_ways()
    {
        foreach (var sentence in new[] { "Sudan and Chad accused each other of arming rebels.", "Sudan and Chad traded accusations over the raids on Monday." })
        {
            var events = All(sentence);
            Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "SDN" && e.Target?.Code.Value == "TCD" && e.Rules.Contains("pairs:reciprocal"));
            Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "TCD" && e.Target?.Code.Value == "SDN");
        }
    }

    [Fact]
    public void A_state_in_a_registered_or_designed_compound_is_named()
    {
        Assert.Contains(All("Latvia will ban Belarusian-registered trucks from entering the country."), e => e.Type == EventType.Sanction && e.Source.Code.Value == "LVA" && e.Target?.Code.Value == "BLR");
    }

    [Fact]
    public void The_maker_of_an_attacks_weapons_is_not_its_target()
    {
        var events = All("Sudanese paramilitaries launched dozens of Turkish-made drones at the army's positions.");
        Assert.Contains(events, e => e.Type == EventType.Assault && e.Source.Code.Value == "SDN" && e.Rules.Contains("target:weapon-maker-dropped"));
        Assert.DoesNotContain(events, e => e.Target?.Code.Value == "TUR");
        // A maker named where a sanction aims stays its target.
        Assert.Contains(All("Canada imposed tariffs on Chinese-made electric cars."), e => e.Type == EventType.Sanction && e.Target?.Code.Value == "CHN");
        // Nor does a pronoun take up the maker inside the compound.
        Assert.DoesNotContain(All("Sudanese paramilitaries fired dozens of Turkish-made drones at their positions."), e => e.Target?.Code.Value == "TUR");
    }

    [Fact]
    public void Coordinated_actors_are_not_each_others_target_when_the_object_only_names_them_again()
    {
        var events = All("Both Kenya and Uganda rejected claims that their troops had crossed into Somalia.");
        Assert.Contains(events, e => e.Type == EventType.Reject && e.Source.Code.Value == "KEN" && e.Rules.Contains("target:self-dropped"));
        Assert.DoesNotContain(events, e => e.Source.Code.Value is "KEN" or "UGA" && e.Target?.Code.Value is "KEN" or "UGA");
    }

    [Fact]
    public void Analysts_and_scholars_comment_but_do_no_deeds()
    {
        Assert.DoesNotContain(All("Ines Varga, a senior analyst at a Budapest think tank, warned that Hungary would veto the sanctions."),
            e => e.Source.Person == "Ines Varga");
        // The state they write about still acts in what they report.
        Assert.Contains(All("Hungary vetoed the sanctions, Ines Varga, a senior analyst at a Budapest think tank, said."),
            e => e.Source.Code.Value == "HUN");
    }

    [Fact]
    public void A_warning_of_a_danger_is_no_threat_but_one_of_consequences_is()
    {
        Assert.DoesNotContain(All("Dutch officials warned of a possible surge in cyberattacks on the ports."), e => e.Type == EventType.Threaten);
        Assert.Contains(All("The Netherlands warned of consequences if Belarus closed the border."), e => e.Type == EventType.Threaten && e.Source.Code.Value == "NLD");
        // Advice against something aimed at no one is no threat; a warning to an addressee still is.
        Assert.DoesNotContain(All("Dutch officials warned against travel to the border region."), e => e.Type == EventType.Threaten);
        Assert.Contains(All("The Netherlands warned Belarus against any incursion."), e => e.Type == EventType.Threaten && e.Target?.Code.Value == "BLR");
    }

    [Fact]
    public void An_act_asked_about_with_whether_did_not_happen()
    {
        var events = All("Observers in Lima wonder whether Chile will attack Peru next week.");
        Assert.All(events.Where(e => e.Source.Code.Value == "CHL"), e => Assert.Equal(EventMode.Hypothetical, e.Mode));
        Assert.DoesNotContain(events, e => e.Type == EventType.Threaten);
        Assert.Contains(All("Chile attacked Peru, whether or not the strikes were legal."), e => e.Type == EventType.Assault && e.Mode == EventMode.Happened);
    }

    [Fact]
    public void Agreeing_with_a_view_is_no_agreement()
    {
        Assert.DoesNotContain(All("“The danger has not passed,” agreed Jan Novak, a Czech diplomat."), e => e.Type == EventType.Agree);
        Assert.DoesNotContain(All("Poland agreed that the talks had failed."), e => e.Type == EventType.Agree);
        // Agreeing to something, or with another party, is.
        Assert.Contains(All("Poland agreed to the plan on Monday."), e => e.Type == EventType.Agree && e.Source.Code.Value == "POL");
        Assert.Contains(All("Poland and Czechia agreed that they would share intelligence."), e => e.Type == EventType.Agree && e.Target?.Code.Value is "POL" or "CZE");
    }

    [Fact]
    public void Calling_an_actor_by_a_condemning_word_is_criticism_unless_denied_or_said_by_analysts()
    {
        Assert.DoesNotContain(All("Ankara said Greece is not a threat."), e => e.Type == EventType.Accuse);
        Assert.DoesNotContain(All("Turkish analysts say Greece is aggressive."), e => e.Type == EventType.Accuse);
        Assert.DoesNotContain(All("The Turkish minister said the situation is dangerous and unacceptable."), e => e.Type == EventType.Accuse);
        // Naming by a word that does not condemn, or a condemning word inside the object's own phrase, criticises no one.
        Assert.DoesNotContain(All("Quito called Peru a close friend."), e => e.Type == EventType.Accuse);
        Assert.DoesNotContain(All("Quito called the sanctions on hostile states a mistake."), e => e.Type == EventType.Accuse);
    }

    [Fact]
    public void A_warning_that_names_no_ones_act_is_no_threat()
    {
        Assert.DoesNotContain(All("The Chilean envoy warned that the situation could get worse."), e => e.Type == EventType.Threaten);
        Assert.Contains(All("Chile warned on Friday that it will close the border."), e => e.Type == EventType.Threaten && e.Source.Code.Value == "CHL");
        // The same when the warned words come first, in quotation marks.
        Assert.DoesNotContain(All("“The floods could spread further south,” the Chilean envoy warned."), e => e.Type == EventType.Threaten);
        Assert.Contains(All("“We will close the border,” the Chilean envoy warned."), e => e.Type == EventType.Threaten && e.Source.Code.Value == "CHL");
    }

    [Fact]
    public void An_attack_by_soldiers_or_on_a_state_stays_force()
    {
        Assert.Contains(All("Russia attacked Ukraine on Monday."), e => e.Type == EventType.Assault && e.Target?.Code.Value == "UKR");
        Assert.Contains(All("Russian troops attacked Ukrainian President Zelenskyy's convoy."), e => e.Type == EventType.Assault);
    }

    [Fact]
    public void Who_an_attack_struck_is_not_who_struck()
    {
        foreach (var text in new[] { "The 2019 bombing of a Malian army base killed a Canadian engineer.",
                     "A trial opened in Bamako over the 2019 bombing of a Malian army base that killed a Canadian engineer." })
            Assert.DoesNotContain(All(text), e => e.Type == EventType.Assault && e.Source.Code.Value == "MLI");
        Assert.Contains(All("A Russian attack killed six civilians in Kharkiv."), e => e.Type == EventType.Assault && e.Source.Code.Value == "RUS");
    }

    [Fact]
    public void Force_dealt_with_weapons_stays_force()
    {
        Assert.Contains(All("Russia hit Ukraine with missiles on Monday."), e => e.Type == EventType.Assault && e.Target?.Code.Value == "UKR");
        Assert.Contains(All("Russia's war with Ukraine entered its fourth year."), e => e.Type == EventType.Assault);
    }

    [Fact]
    public void Aid_sent_to_a_place_goes_to_that_places_state()
    {
        Assert.Contains(All("Kuwait sent food aid to the West Bank on Monday."), e => e.Type == EventType.Aid && e.Source.Code.Value == "KWT" && e.Target?.Code.Value == "PSE" && e.Rules.Contains("target:location"));
        // Verbs that double their last consonant or change their vowel in the past are read in every tense.
        Assert.Contains(All("Serbia begged Hungary to send gas."), e => e.Type == EventType.Request && e.Target?.Code.Value == "HUN");
    }

    [Fact]
    public void An_act_a_thing_is_aimed_at_or_designed_for_is_meant_not_done()
    {
        var events = All("Chile's president met Peru's president in Lima for talks aimed at restoring diplomatic ties.");
        Assert.Contains(events, e => e.Type == EventType.Consult && e.Mode == EventMode.Happened);
        Assert.DoesNotContain(events, e => e.Type == EventType.Support && e.Mode == EventMode.Happened);
        Assert.Contains(All("Chile drafted a plan designed to restore ties with Peru."), e => e.Type == EventType.Support && e.Mode == EventMode.Hypothetical && e.Rules.Contains("mode:stated-purpose"));
    }

    // "Chile said its goal is to sign": a pronoun owning the subject, unresolved in what a speaker says, is the speaker's.
    [Fact]
    public void A_subject_owned_by_an_unresolved_pronoun_in_speech_is_the_speakers()
    {
        Assert.Contains(All("Bolivia said its plan is to sign a gas deal with Brazil."), e => e.Type == EventType.Agree && e.Source.Code.Value == "BOL" && e.Target?.Code.Value == "BRA");
    }

    [Fact]
    public void A_phrase_of_time_before_the_subject_is_neither_subject_nor_target()
    {
        var events = All("Peru accused Chile of spying on Monday. On Friday Peru repeated the accusation.");
        Assert.Equal(2, events.Count(e => e.Type == EventType.Accuse && e.Source.Code.Value == "PER" && e.Target?.Code.Value == "CHL"));
        Assert.Contains(All("Rebels in Chad on Tuesday blocked roads into the capital."), e => e.Type == EventType.Protest && e.Source.Sector == "REB");
    }

    [Fact]
    public void Parties_listed_after_a_verbs_object_are_its_targets_not_a_misread_second_object()
    {
        var events = All("The Chilean Senate agreed to lift curbs on copper sales in May to Peru, Bolivia, and with conditions, Ecuador.");
        Assert.Contains(events, e => e.Source.Code.Value == "CHL" && e.Target?.Code.Value == "PER");
    }

    [Fact]
    public void A_passive_reaction_whose_subject_names_an_earlier_act_is_aimed_at_its_doer()
    {
        var events = All("Iran tested a new ballistic missile on Sunday. The test was condemned by Paris and Berlin.");
        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "FRA" && e.Target?.Code.Value == "IRN" && e.Rules.Contains("target:implicit-act"));
        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "DEU" && e.Target?.Code.Value == "IRN");
    }

    [Fact]
    public void The_island_after_a_place_of_the_same_island_state_is_that_state()
    {
        var events = All("Taiwan's coast guard turned back Chinese boats near Kinmen on Friday. The island accused Beijing of harassment.");
        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "TWN" && e.Target?.Code.Value == "CHN");
    }

    [Fact]
    public void A_list_opened_after_a_time_phrase_is_one_subject()
    {
        var events = All("In early May, Gabon, Chad and Cameroon withdrew from the regional bloc ECCAS.");
        foreach (var code in new[] { "GAB", "TCD", "CMR" })
            Assert.Contains(events, e => e.Source.Code.Value == code && e.Target?.Code.Value == "ECCAS");
    }

    [Fact]
    public void An_act_going_on_since_a_year_long_past_is_no_history()
    {
        const string text = "Chile and Peru met in Lima on 3 May 2024. Since the late 1990s, Chile has urged Peru to reopen the border.";
        Assert.Contains(All(text), e => e.Type == EventType.Request && e.Source.Code.Value == "CHL" && e.Target?.Code.Value == "PER" && !e.Rules.Contains("background:long-past"));
    }

    [Fact]
    public void A_meetings_venue_and_where_aid_leaves_from_are_no_targets()
    {
        // The place of a summit is where it meets, not whom staying away is aimed at.
        Assert.DoesNotContain(All("Brazil boycotted the climate summit in Norway on Monday."), e => e.Target?.Code.Value == "NOR");
        Assert.Contains(All("Brazil boycotted the climate summit in Norway on Monday."), e => e.Type == EventType.Reject && e.Source.Code.Value == "BRA");
        // Flying one's own citizens out of a place helps them, not that place's state.
        Assert.DoesNotContain(All("Canada evacuated its citizens from Haiti on Friday."), e => e.Target?.Code.Value == "HTI");
        // Force used at a meeting's place is still done there.
        Assert.Contains(All("Ethiopian troops shelled villages in Eritrea on Tuesday."), e => e.Target?.Code.Value == "ERI" && e.Rules.Contains("target:location"));
    }

    [Fact]
    public void Militants_on_a_states_soil_belong_to_that_state_not_the_storys()
    {
        var events = All("Gunmen attacked a bus in Nigeria on Monday, Nigerian police said. Abuja blamed the attack on militants based on Cameroonian soil.");
        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "NGA" && e.Target?.Code.Value == "CMR");
        Assert.DoesNotContain(events, e => e.Type == EventType.Accuse && e.Target?.Code.Value == "NGA");
    }

    [Fact]
    public void A_denial_of_a_claim_is_never_aimed_at_the_deniers_own_state_but_a_refusal_can_be()
    {
        Assert.DoesNotContain(All("The Taliban routinely deny sheltering foreign fighters."), e => e.Type == EventType.Reject && e.Target?.Code.Value == "AFG");
        Assert.Contains(All("Peru's provincial government denied land allocation for the new mine."), e => e.Type == EventType.Reject && e.Target?.Code.Value == "PER");
    }

    [Fact]
    public void A_phrase_set_off_by_a_comma_is_an_aside_not_the_target()
    {
        Assert.Contains(All("Peru held talks with Chile on Monday."), e => e.Type == EventType.Consult && e.Target?.Code.Value == "CHL");
        Assert.DoesNotContain(All("Peru held talks on Monday, with Chile pressing for a deal on water."), e => e.Source.Code.Value == "PER" && e.Target?.Code.Value == "CHL");
    }

    [Fact]
    public void An_actor_inside_the_topic_of_a_friendly_act_is_not_its_target()
    {
        // "a deal on the cost of hosting Bolivian refugees": Bolivia is in what the deal is about, not a party to it.
        var events = All("Peru and Chile signed a deal on the cost of hosting Bolivian refugees.");
        Assert.Contains(events, e => e.Type == EventType.Agree && e.Source.Code.Value is "PER" or "CHL" && e.Target?.Code.Value is "PER" or "CHL");
        Assert.DoesNotContain(events, e => e.Target?.Code.Value == "BOL");
    }

    [Fact]
    public void Longer_phrases_the_tree_coordinates_are_one_group_of_actors()
    {
        // Nouns and a number between the two demonyms: "two Eritrean attack helicopters and three Ethiopian fighter jets".
        var events = All("Two Eritrean attack helicopters and three Ethiopian fighter jets bombed the rebel camp on Sunday.");
        Assert.Contains(events, e => e.Type == EventType.Assault && e.Source.Code.Value == "ERI");
        Assert.Contains(events, e => e.Type == EventType.Assault && e.Source.Code.Value == "ETH");
    }

    [Fact]
    public void An_act_prompted_or_forced_by_another_happened()
    {
        Assert.Contains(All("Eritrean jets crossed the border on Sunday, prompting Ethiopia to deploy troops to the area."),
            e => e.Type == EventType.Mobilize && e.Source.Code.Value == "ETH" && e.Mode == EventMode.Happened);
    }

    [Fact]
    public void An_exercise_the_parties_own_is_cooperation_between_them()
    {
        var events = All("The Chilean and Peruvian navies began their annual exercise on Monday.");
        Assert.Contains(events, e => e.Type == EventType.Cooperate && e.Source.Code.Value is "CHL" or "PER" && e.Target?.Code.Value is "CHL" or "PER");
        Assert.DoesNotContain(events, e => e.Type == EventType.Mobilize);
    }

    [Fact]
    public void A_light_verb_without_an_actor_for_subject_lends_its_noun_no_doer()
    {
        // Alvarez is no known actor: the trips are no one's, not the capital's (the position reading would find one).
        Assert.DoesNotContain(All("Alvarez reports to the U.N. Human Rights Council and has conducted several trips to the Chilean capital to investigate the situation."), e => e.Source.Code.Value == "CHL");
    }

    [Fact]
    public void A_common_word_opening_a_longer_name_is_no_company()
    {
        // "Continental" alone is no longer the German company's name: "the Continental Shelf" is not Germany.
        Assert.DoesNotContain(All("\"The Commission on the Limits of the Continental Shelf should act with prudence,\" Chile's foreign ministry said."),
            e => e.Target?.Code.Value == "DEU");
    }

    [Fact]
    public void An_act_that_failed_did_not_happen()
    {
        var events = All("Peru and Chile failed to reach a border deal on Monday.");
        Assert.Contains(events, e => e.Type == EventType.Agree && e.Mode == EventMode.Negated);
        Assert.DoesNotContain(events, e => e.Type == EventType.Agree && e.Mode == EventMode.Happened);
    }

    [Fact]
    public void A_place_is_read_inside_its_phrase_not_after_a_comma()
    {
        // "into the sea, Djibouti's navy said": the attribution after the comma is no place of the launch.
        var events = All("Eritrea test-fired two missiles into the sea, Djibouti's navy said.");
        Assert.Contains(events, e => e.Source.Code.Value == "ERI");
        Assert.DoesNotContain(events, e => e.Source.Code.Value == "ERI" && e.Target?.Code.Value == "DJI");
    }

    [Fact]
    public void An_obligation_to_understand_or_know_demands_no_act()
    {
        Assert.DoesNotContain(All("\"Ecuador must understand that threats get it nowhere,\" Colombia's foreign minister said."), e => e.Type == EventType.Request);
        Assert.DoesNotContain(All("Colombia's foreign minister said Ecuador should know better."), e => e.Type == EventType.Request);
        Assert.Contains(All("Colombia's foreign minister said Ecuador should return the trawlers."), e => e.Type == EventType.Request);
    }

    [Fact]
    public void An_object_restating_the_parties_is_no_target_of_a_joint_act()
    {
        var events = All("Indian and Japanese warships carried out joint drills between India and Japan on Friday.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Cooperate && e.Target is { } t && t.Code == e.Source.Code);
        Assert.Contains(events, e => e.Type == EventType.Cooperate && e.Target is { } t && t.Code != e.Source.Code);
    }

    [Fact]
    public void A_multilateral_meeting_needs_a_verb_and_an_actor_read_near()
    {
        Assert.DoesNotContain(All("The NATO summit opens in Vilnius next week."), e => e.Rules.Contains("target:multilateral-meeting"));
        Assert.DoesNotContain(All("Chile plans to send envoys to the NATO summit to further discuss trade."), e => e.Rules.Contains("target:multilateral-meeting"));
    }

    [Fact]
    public void An_accusation_the_verb_already_makes_is_not_made_twice_by_the_alleged_act()
    {
        var events = All("Minsk accused Vilnius of sabotage by shelling a border post.");
        Assert.Single(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "BLR" && e.Target?.Code.Value == "LTU");
    }

    [Fact]
    public void A_breach_that_is_a_judgement_stays_the_speakers_accusation()
    {
        // Seen: the report is the act itself.
        Assert.Contains(All("The Greek coast guard said Turkish jets violated Greek airspace near Rhodes."), e => e.Type == EventType.Coerce && e.Source.Code.Value == "TUR" && e.Rules.Contains("claim:report-of-observable-act"));
        // Judged: sovereignty breached, a ceasefire broken, is what the speaker accuses the other of.
        var events = All("A Moroccan government spokesman said Algeria had violated Morocco's sovereignty.");
        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "MAR" && e.Target?.Code.Value == "DZA");
        Assert.DoesNotContain(events, e => e.Rules.Contains("claim:report-of-observable-act"));
    }

    [Fact]
    public void A_quoted_refusal_by_a_government_is_not_aimed_at_home_because_its_name_stands_beside_it()
    {
        var events = All("\"We will never accept the partition of our country,\" the Cypriot foreign minister said.");
        Assert.DoesNotContain(events, e => e.Rules.Contains("article:unaimed-refusal-is-domestic"));
    }

    [Fact]
    public void A_participle_hung_on_an_object_is_a_reduced_passive()
    {
        // "detained" tells what happened to the fishermen; they detained no one.
        var events = All("Chile agreed to free nine Peruvian sailors detained in March off Arica.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Coerce && e.Source.Code.Value == "PER");
        Assert.Contains(events, e => e.Type == EventType.Agree && e.Source.Code.Value == "CHL");
    }

    [Fact]
    public void An_attack_on_a_ship_or_plane_is_not_aimed_at_home()
    {
        var events = All("Somali militants claimed responsibility for a rocket attack on a cargo ship off the coast.");
        Assert.DoesNotContain(events, e => e.Rules.Contains("target:domestic"));
        // With no craft named, force by an armed group is still aimed at its own state.
        Assert.Contains(All("Somali militants attacked a police station on Monday."), e => e.Type == EventType.Assault && e.Target?.Code.Value == "SOM");
    }

    [Fact]
    public void Laying_an_attack_at_anothers_door_is_an_accusation_only_when_someone_says_so()
    {
        var blamed = Assert.Single(All("Ecuador believes Peru was behind the sabotage of its power lines."), e => e.Type == EventType.Accuse);
        Assert.Equal(("ECU", "PER", "112"), (blamed.Source.Code.Value, blamed.Target!.Code.Value, blamed.Cameo));
        Assert.Contains("sentence:blame-for-act", blamed.Rules);
        // Denied, said by analysts, or said by no one: no accusation.
        Assert.DoesNotContain(All("Ecuador said Peru was not behind the attack on the pipeline."), e => e.Type == EventType.Accuse);
        Assert.DoesNotContain(All("Analysts said Peru was probably behind the attack on the pipeline."), e => e.Type == EventType.Accuse);
        Assert.DoesNotContain(All("Peru was behind the attack on the pipeline."), e => e.Type == EventType.Accuse);
        // An act that is no force or coercion laid at a door is no accusation here.
        Assert.DoesNotContain(All("Ecuador said Peru was behind the decision."), e => e.Type == EventType.Accuse);
    }

    [Fact]
    public void A_pattern_noun_that_is_the_subject_of_a_reported_clause_is_not_the_verbs_object()
    {
        // "claimed the attack" is an armed group claiming its own attack; "claimed the attack was …" says something of it.
        Assert.Contains(All("Chadian rebels claimed the attack on the army post."), e => e.Type == EventType.Assault && e.Source.Code.Value == "TCD");
        var events = All("Chad claimed the attack was carried out by Sudanese rebels.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Assault && e.Source.Code.Value == "TCD");
        Assert.Contains(All("Chadian rebels demanded that the Chadian government free their leader."), e => e.Type == EventType.Request && e.Source.Code.Value == "TCD");
        // A clause opened by "after" tells when the act was done, however the parse hangs the noun before it.
        Assert.Contains(All("The World Bank approved a $3 billion loan for Egypt on Friday after Cairo agreed to let its currency float freely."),
            e => e.Type == EventType.Aid && e.Target?.Code.Value == "EGY");
    }

    [Fact]
    public void A_gerund_the_tree_makes_a_nouns_modifier_is_no_act_unless_its_pattern_takes_the_noun()
    {
        var events = All("Peruvian soldiers withdrew from the ridge after warning shots.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Threaten);
        Assert.Contains(events, e => e.Type == EventType.Retreat && e.Source.Code.Value == "PER");
        // "by firing rockets": a verb with the object its pattern names, however the tree hangs it.
        Assert.Contains(All("Chile retaliated against Peru by firing rockets."), e => e.Type == EventType.Assault && e.Target?.Code.Value == "PER");
    }

    [Fact]
    public void A_conditional_offer_needs_an_actor_in_its_condition_and_is_not_a_third_partys_guess()
    {
        Assert.DoesNotContain(All("Peru could send troops to Bolivia if the crisis worsens, analysts said."), e => e.Type == EventType.Agree);
        var withdrawal = Assert.Single(All("Chile would withdraw its troops if Bolivia asked."), e => e.Type == EventType.Agree);
        Assert.Equal(("CHL", "BOL", "035"), (withdrawal.Source.Code.Value, withdrawal.Target?.Code.Value, withdrawal.Cameo));
    }

    [Fact]
    public void A_with_phrase_inside_the_topic_discussed_names_no_partner()
    {
        var events = All("Chile's president met the Peruvian foreign minister and discussed Bolivia's trade with Brazil.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Consult && e.Target?.Code.Value == "BRA");
        Assert.Contains(events, e => e.Type == EventType.Consult && e.Source.Code.Value == "CHL" && e.Target?.Code.Value == "PER");
        // A partner hung on the verb stays one.
        Assert.Contains(All("Chile's president discussed trade with Brazil on Monday."), e => e.Type == EventType.Consult && e.Target?.Code.Value == "BRA");
    }

    [Fact]
    public void Past_acts_told_in_general_are_no_act()
    {
        Assert.DoesNotContain(All("Past bombings were claimed by Chadian rebels."), e => e.Type == EventType.Assault);
        // "such incursions" are acts of that kind in general: the protest they drew over the years is no act told here.
        Assert.DoesNotContain(All("Peruvian trawlers entered Chilean waters on Monday. Santiago has protested such incursions many times."),
            e => e.Source.Code.Value == "CHL");
        Assert.Contains(All("Chadian rebels claimed the bombing of the army post."), e => e.Type == EventType.Assault && e.Source.Code.Value == "TCD");
    }

    [Fact]
    public void Ending_an_agreement_is_not_making_one()
    {
        var events = All("Mali ended its defence agreement with Algeria on Monday.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Agree);
        Assert.Contains(events, e => e.Type == EventType.Sanction && e.Target?.Code.Value == "DZA");
        Assert.Contains(All("Mali concluded a defence agreement with Algeria on Monday."), e => e.Type == EventType.Agree && e.Target?.Code.Value == "DZA");
    }

    [Fact]
    public void Waters_entered_have_another_side_so_the_act_is_not_aimed_at_home()
    {
        var entered = Assert.Single(All("Peruvian coast guard ships entered waters near the disputed islets on Friday."), e => e.Type == EventType.Coerce);
        Assert.DoesNotContain("target:domestic", entered.Rules);
    }

    [Fact]
    public void Force_at_home_is_aimed_at_the_sector_of_the_people_it_names()
    {
        var killed = Assert.Single(All("Peru's army said it killed seven guerrillas in a jungle raid."), e => e.Type == EventType.Assault);
        Assert.Equal(("PER", "REB"), (killed.Target!.Code.Value, killed.Target.Sector));
        var fired = Assert.Single(All("Police in Kenya opened fire on students in Nairobi."), e => e.Type == EventType.Assault);
        Assert.Equal(("KEN", "CVL"), (fired.Target!.Code.Value, fired.Target.Sector));
        // No role word: the state's people.
        var arrested = Assert.Single(All("Police in Kenya arrested dozens of people on Monday."), e => e.Type == EventType.Coerce);
        Assert.Equal(("KEN", "CVL"), (arrested.Target!.Code.Value, arrested.Target.Sector));
    }

    [Fact]
    public void A_participle_that_can_be_the_clause_verb_stays_active()
    {
        Assert.Contains(All("Armenian soldiers attacked in Azerbaijan on Monday."), e => e.Type == EventType.Assault && e.Source.Code.Value == "ARM" && !e.Rules.Contains("source:reduced-passive"));
        // A verb of another clause after it does not make it a participle.
        Assert.Contains(All("Armenian soldiers attacked in Azerbaijan as talks were under way."), e => e.Type == EventType.Assault && e.Source.Code.Value == "ARM" && !e.Rules.Contains("source:reduced-passive"));
    }

    [Fact]
    public void A_verb_form_after_a_demonym_is_a_noun_and_codes_nothing()
    {
        Assert.DoesNotContain(All("Chilean exports to Peru rose sharply last year."), e => e.Type == EventType.Cooperate);
        Assert.DoesNotContain(All("Officials discussed Bolivian imports from Brazil."), e => e.Source.Code.Value == "BOL");
        // A state name (not a demonym) before the verb is its subject and keeps the event.
        Assert.Contains(All("Hungary exports grain to Serbia."), e => e.Source.Code.Value == "HUN");
        // The adjective of a name whose state depends on context ("Korea|Korean") is a demonym too.
        Assert.DoesNotContain(All("Korean exports to Peru rose sharply last year."), e => e.Type == EventType.Cooperate);
    }

    [Fact]
    public void A_reported_refusal_is_not_an_accusation_but_reported_defiance_is()
    {
        Assert.DoesNotContain(All("Romania said Hungary rejected the offer of talks."), e => e.Type == EventType.Accuse);
        Assert.Contains(All("Romania said Hungary violated the agreement."), e => e.Type == EventType.Accuse && e.Source.Code.Value == "ROU" && e.Target?.Code.Value == "HUN");
    }

    [Fact]
    public void A_refusal_with_no_one_it_is_aimed_at_is_still_a_rejection()
    {
        Assert.Contains(All("Jordan says it will not take in any more refugees if fighting spreads."), e => e.Type == EventType.Reject && e.Source.Code.Value == "JOR" && e.Target is null);
        // An act that simply did not happen is no refusal, and with no one it is aimed at it is no event.
        Assert.DoesNotContain(All("Jordan did not take in any more refugees last year."), e => e.Type == EventType.Reject);
    }

    [Fact]
    public void Scare_quotes_around_a_few_words_do_not_break_the_clause()
    {
        Assert.Contains(All("Bolivia “deliberately” expelled the Chilean ambassador."), e => e.Type == EventType.Sanction && e.Source.Code.Value == "BOL");
        Assert.Contains(All("Ecuador said Peru is “openly” violating the agreement."), e => e.Type == EventType.Accuse && e.Source.Code.Value == "ECU" && e.Target?.Code.Value == "PER");
        Assert.DoesNotContain(SharedPipeline.OutputEvents("Lopez said that Peru has a “narrow space” to carry out maneuvers."), e => e.Type == EventType.Mobilize);
        // A longer quoted noun phrase with no verb, opened by a possessive, is words inside the clause too.
        Assert.Contains(All("Chile and Peru criticised Bolivia's “sudden build-up of troops along the northern border” and agreed to hold joint patrols."),
            e => e.Type == EventType.Agree && e.Source.Code.Value == "CHL");
        // A real quotation still ends the clause: its speaker is not the subject of what follows.
        Assert.DoesNotContain(All("“We will not retreat, whatever happens next,” Bolivia expelled the Chilean ambassador."), e => e.Source.Code.Value == "CHL");
    }

    [Fact]
    public void A_warning_about_the_speakers_own_act_or_to_an_addressee_stays_a_threat()
    {
        Assert.Contains(All("Chile warned on Friday that it will close the border."), e => e.Type == EventType.Threaten && e.Source.Code.Value == "CHL");
        Assert.Contains(All("Chile warned Peru that Bolivian troops were massing near the border."), e => e.Type == EventType.Threaten && e.Target?.Code.Value == "PER");
        var accused = All("Chile warned that Peru is sending weapons to Bolivia.");
        Assert.Contains(accused, e => e.Type == EventType.Accuse && e.Source.Code.Value == "CHL" && e.Target?.Code.Value == "PER");
        // A gerund opening the that-clause names the conduct; "between" names who engages in it.
        var joint = All("Chile warned on Friday that expanding military cooperation between Peru and Bolivia is dangerous.");
        Assert.Contains(joint, e => e.Type == EventType.Accuse && e.Source.Code.Value == "CHL" && e.Target?.Code.Value == "PER");
        Assert.Contains(joint, e => e.Type == EventType.Accuse && e.Source.Code.Value == "CHL" && e.Target?.Code.Value == "BOL");
        // Conduct named in an "of" phrase, as headlines put it.
        var headline = All("Chile and Brazil warned of Peru-Bolivia military cooperation");
        Assert.Contains(headline, e => e.Type == EventType.Accuse && e.Source.Code.Value == "BRA" && e.Target?.Code.Value == "BOL");
        Assert.DoesNotContain(headline, e => e.Type == EventType.Threaten);
        Assert.Equal(4, headline.Count(e => e.Type == EventType.Accuse));
        var twice = All("Chile warned Peru and Bolivia that Peruvian and Bolivian troops are massing on the border.");
        Assert.Equal(twice.Count(e => e.Type == EventType.Accuse), twice.Where(e => e.Type == EventType.Accuse).Select(e => (e.Source.Code, e.Target?.Code)).Distinct().Count());
        // The recipient of a one-sided act is not accused.
        Assert.DoesNotContain(accused, e => e.Type == EventType.Accuse && e.Target?.Code.Value == "BOL" && e.Rules.Contains("sentence:warning-about-another"));
    }

    [Fact]
    public void A_demand_with_an_alternative_that_is_no_penalty_is_no_threat()
    {
        var events = All("Ghana urged Togo on Monday to reopen the border or at least ease the checks.");
        Assert.Contains(events, e => e.Type == EventType.Request && e.Target?.Code.Value == "TGO");
        Assert.DoesNotContain(events, e => e.Type == EventType.Threaten);
    }

    [Fact]
    public void An_act_brought_about_by_another_verb_happened()
    {
        Assert.Contains(All("Heavy shelling forced Peru to withdraw its troops from the border."), e => e.Type == EventType.Retreat && e.Mode == EventMode.Happened);
        // What one state wants another to do is asked of it, not done.
        var wanted = All("Lima wants Bolivia to withdraw its troops from the border.");
        Assert.DoesNotContain(wanted, e => e.Type == EventType.Retreat && e.Mode == EventMode.Happened);
        Assert.Contains(wanted, e => e.Type == EventType.Request && e.Source.Code.Value == "PER" && e.Target?.Code.Value == "BOL");
    }

    [Fact]
    public void An_actor_before_a_place_phrase_is_the_subject_not_the_place()
    {
        // A group description opening the sentence is capitalised and is still the group.
        var rebels = All("Rebels in Niger on Tuesday rejected the offer of talks.");
        Assert.Contains(rebels, e => e.Type == EventType.Reject && e.Source.Code.Value == "NER" && e.Source.Sector == "REB");
        var protesters = All("Students from Ghana in Lome on Monday protested against the new visa rules.");
        Assert.DoesNotContain(protesters, e => e.Source.Code.Value == "TGO" && e.Source.Sector == "GOV");
    }

    [Fact]
    public void A_state_named_as_the_side_of_a_border_is_not_the_target()
    {
        Assert.DoesNotContain(All("Sudanese troops captured a rebel stronghold on the Chadian border after three days of fighting."), e => e.Target?.Code.Value == "TCD");
        Assert.DoesNotContain(All("Sudanese troops shelled rebel camps near the border with Chad."), e => e.Target?.Code.Value == "TCD");
        // The edge itself, violated, is the state's.
        Assert.Contains(All("Sudanese jets violated Chadian airspace on Monday."), e => e.Target?.Code.Value == "TCD");
        Assert.Contains(All("Sudanese artillery shelled Chadian territory on Monday."), e => e.Type == EventType.Assault && e.Target?.Code.Value == "TCD");
        Assert.Contains(All("Sudanese troops shelled villages in Chad on Monday."), e => e.Type == EventType.Assault && e.Target?.Code.Value == "TCD");
    }

    [Fact]
    public void A_participle_describing_a_noun_is_no_act()
    {
        Assert.DoesNotContain(All("Activists for jailed journalist Ana Ruiz met lawmakers in Quito."), e => e.Type == EventType.Coerce);
        Assert.DoesNotContain(All("Peru's detained activists were freed on Monday."), e => e.Type == EventType.Coerce);
        // A finite verb after its subject still acts.
        Assert.Contains(All("Peruvian police detained activists on Monday."), e => e.Type == EventType.Coerce);
        // After a verb's particle, the tree's modifier of the next noun: what the smugglers allegedly did is no accusation here.
        Assert.DoesNotContain(All("Chile's foreign minister said Peru must hand over alleged smugglers of Chilean copper."), e => e.Type == EventType.Accuse && e.Source.Code.Value == "PER");
    }

    [Fact]
    public void A_verb_joined_by_and_shares_the_first_verbs_subject_not_its_object()
    {
        var events = All("Kenya has never condemned Ethiopia's invasion of Eritrea and has supported Ethiopia's economy through trade.");
        Assert.Contains(events, e => e.Type == EventType.Support && e.Source.Code.Value == "KEN");
        Assert.DoesNotContain(events, e => e.Type == EventType.Support && e.Source.Code.Value == "ERI");
    }

    [Fact]
    public void A_possible_act_without_a_condition_on_another_is_no_threat()
    {
        Assert.DoesNotContain(All("Ghana said on Monday it could impose sanctions next year."), e => e.Type == EventType.Threaten);
        // Another actor's conditional act told by a third party is not the speaker's threat.
        Assert.DoesNotContain(All("Analysts said Togo could deploy troops if Ghana closed the border."), e => e.Type == EventType.Threaten && e.Source.Code.Value == "TGO" && e.Mode == EventMode.Happened);
    }

    [Fact]
    public void Coordinated_demonyms_before_a_noun_are_all_the_target()
    {
        var events = All("Peru imposed new tariffs on Chilean and Korean exports.");
        Assert.Contains(events, e => e.Type == EventType.Sanction && e.Target is { } t && t.Code.Value == "CHL");
        Assert.Contains(events, e => e.Type == EventType.Sanction && e.Target is { } t && t.Code.Value is "KOR" or "PRK");
        Assert.DoesNotContain(events, e => e.Type == EventType.Cooperate);
    }

    [Fact]
    public void An_as_clause_after_a_comma_is_not_inside_the_claim_before_it()
    {
        var events = All("Peru warned on Monday that it will keep its troops at the border, as Bolivia rejected the offer of talks.");
        Assert.Contains(events, e => e.Type == EventType.Reject && e.Source.Code.Value == "BOL" && e.Claimant is null);
        // ", as well as" joins phrases and opens no clause.
        Assert.False(ClauseReader.StartsAsClause(Entente.Tests.Actors.TestDictionaries.Read("Peru, as well as Chile, met Bolivia."), 2));
    }

    [Fact]
    public void A_second_verb_after_a_comma_shares_the_first_ones_subject_past_a_prepositional_phrase()
    {
        var events = All("Ghana imposed tariffs on rice from Togo, then criticized Benin.");
        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "GHA" && e.Target?.Code.Value == "BEN");
    }

    [Fact]
    public void A_visit_named_as_the_occasion_with_during_took_place()
    {
        var events = All("The deal was announced during a visit by Ghana's president to Togo.");
        Assert.Contains(events, e => e.Type == EventType.Consult && e.Source.Code.Value == "GHA" && e.Target?.Code.Value == "TGO" && !e.IsBackground);
    }

    [Fact]
    public void Talks_that_an_event_follows_or_that_ended_took_place()
    {
        Assert.Contains(All("The summit follows Ghana-Togo talks in Accra last week."), e => e.Type == EventType.Consult && e.Source.Code.Value is "GHA" or "TGO" && !e.IsBackground);
        Assert.Contains(All("Officials discussed Nigeria's visit to Ghana."), e => e.Type == EventType.Consult && e.IsBackground);
    }

    [Fact]
    public void An_act_named_after_since_or_after_is_background()
    {
        var events = SharedPipeline.OutputEvents("Bolivia has sheltered five Peruvian officers since last month's Chilean raid on the camp.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Assault);
    }

    [Fact]
    public void A_gerund_after_a_preposition_and_an_adjective_is_a_noun()
    {
        var events = All("Ghana and Togo agreed to a truce after three days of heavy fighting.");
        Assert.Contains(events, e => e.Type == EventType.Agree && e.Source.Code.Value == "GHA");
        Assert.DoesNotContain(events, e => e.Type == EventType.Threaten);
    }

    [Fact]
    public void An_act_someone_was_supposed_to_do_is_not_told_as_done()
    {
        Assert.Contains(All("Ghana and Togo were supposed to sign a border accord."), e => e.Type == EventType.Agree && e.Mode == EventMode.Hypothetical);
        // What an actor needs to do is not done either.
        Assert.Contains(All("Ghana needs to sign a border accord with Togo."), e => e.Type == EventType.Agree && e.Mode == EventMode.Hypothetical);
    }

    [Fact]
    public void A_gerund_that_is_the_subject_of_a_reported_clause_is_nobody_s_act()
    {
        Assert.DoesNotContain(All("The UN says fighting in Chad has forced thousands to flee."), e => e.Source.Code.Value == "UN");
        // The reporter's own act after "says" is still its own.
        Assert.Contains(All("Peru says it is sending troops to the border with Chile."), e => e.Source.Code.Value == "PER");
    }

    [Fact]
    public void A_visit_by_private_people_is_travel_not_a_visit()
    {
        Assert.DoesNotContain(All("Thousands of Chilean tourists visited Peru in January."), e => e.Type == EventType.Consult);
        Assert.DoesNotContain(All("Bolivian businessmen visited Chile to sign contracts."), e => e.Type == EventType.Consult);
        // Officials, and a state named alone, still visit.
        Assert.Contains(All("Chilean officials visited Peru in January."), e => e.Type == EventType.Consult && e.Source.Code.Value == "CHL");
        Assert.Contains(All("Chile visited Peru in January."), e => e.Type == EventType.Consult);
    }

    [Fact]
    public void The_means_of_a_possible_act_is_possible_too()
    {
        Assert.Contains(All("Chile should respond by recalling its ambassador from Peru."), e => e.Type != EventType.Consult && e.Source.Code.Value == "CHL" && e.Mode == EventMode.Hypothetical);
        Assert.Contains(All("Peru might invade Chile, killing thousands."), e => e.Type == EventType.Assault && e.Mode == EventMode.Hypothetical);
        // Done, the means are done; and an act after another is its own.
        Assert.Contains(All("Peru invaded Chile on Monday, killing five civilians."), e => e.Type == EventType.Assault && e.Mode == EventMode.Happened);
        Assert.Contains(All("Chile should apologise after expelling the Peruvian ambassador."), e => e.Source.Code.Value == "CHL" && e.Target?.Code.Value == "PER" && e.Mode == EventMode.Happened);
        // An option weighed is not taken.
        Assert.DoesNotContain(All("The Security Council is not ready to consider lifting sanctions on Chile."), e => e.Mode == EventMode.Happened);
    }

    [Fact]
    public void Talking_to_the_press_is_no_meeting()
    {
        Assert.DoesNotContain(All("Ghana's foreign minister spoke with Voice of America on Tuesday."), e => e.Type == EventType.Consult);
        Assert.Contains(All("Ghana's foreign minister spoke with Togo's president on Tuesday."), e => e.Type == EventType.Consult);
    }

    [Fact]
    public void Drop_no_source_an_act_with_no_actor_yields_no_event()
    {
        Assert.DoesNotContain(All("The condemnation came quickly from abroad."), e => e.Type == EventType.Accuse);
    }

    [Fact]
    public void Drop_no_target_an_accusation_aimed_at_no_one_yields_no_event()
    {
        Assert.DoesNotContain(All("Norway accused on Monday."), e => e.Type == EventType.Accuse);
    }

    [Fact]
    public void Passive_without_agent_names_no_actor_for_a_one_sided_act()
    {
        Assert.DoesNotContain(All("Estonia was accused of harbouring saboteurs."), e => e.Type == EventType.Accuse && e.Source.Code.Value == "EST");
    }

    [Fact]
    public void Own_place_is_no_target_of_a_domestic_act()
    {
        var events = All("Kenyan police arrested bloggers in Nairobi.");
        Assert.Contains(events, e => e.Type == EventType.Coerce && e.Source.Code.Value == "KEN" && e.Rules.Contains("target:domestic") && e.Rules.Contains("target:own-place-dropped"));
    }

    [Fact]
    public void Self_is_no_target()
    {
        Assert.DoesNotContain(All("Chile praised Chile's own navy."), e => e.Target is { } t && t.Code == e.Source.Code && t.Span == e.Source.Span);
    }

    [Fact]
    public void An_envoy_acts_not_the_state_the_envoy_is_sent_to()
    {
        Assert.Contains(All("The U.N. envoy for Yemen called for talks with Oman."), e => e.Source.Code.Value == "UN" && e.Target?.Code.Value == "OMN");
        Assert.DoesNotContain(All("The U.N. envoy for Yemen called for talks with Oman."), e => e.Source.Code.Value == "YEM");
    }

    [Fact]
    public void A_request_for_talks_names_a_venue_not_a_target()
    {
        Assert.DoesNotContain(All("Norway asked for a new round of talks in Sweden."), e => e.Target?.Code.Value == "SWE");
    }

    [Fact]
    public void A_stated_purpose_is_not_reported_as_done()
    {
        Assert.DoesNotContain(SharedPipeline.OutputEvents("Chile said its goal is to sign a trade pact with Peru."), e => e.Type == EventType.Agree);
        Assert.Contains(SharedPipeline.OutputEvents("Chile said it signed a trade pact with Peru."), e => e.Type == EventType.Agree);
    }

    [Fact]
    public void The_press_does_no_deeds_but_a_state_outlet_may_accuse()
    {
        // The reading may hang the act on the outlets that reported it; an outlet never imports, attacks or signs.
        Assert.DoesNotContain(All("The Financial Times imported rice from Guyana last year."), e => e.Type == EventType.Cooperate);
        Assert.Contains(All("Xinhua accused Japan of provoking tensions."), e => e.Type == EventType.Accuse && e.Target?.Code.Value == "JPN");
    }

    [Fact]
    public void An_event_noun_that_only_modifies_the_next_noun_is_no_act()
    {
        Assert.DoesNotContain(All("A Fijian patrol boat docked in Tonga on Monday."), e => e.Type == EventType.Mobilize);
        Assert.Contains(All("A Fijian patrol near Tonga ended on Monday."), e => e.Type == EventType.Mobilize && e.Source.Code.Value == "FJI");
    }

    [Fact]
    public void A_participle_after_an_actor_in_a_prepositional_phrase_is_the_clauses_act()
    {
        var events = All("Ghana filed a complaint at the African Union accusing Togo of arming rebels.");
        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "GHA" && e.Target?.Code.Value == "TGO");
        Assert.DoesNotContain(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "AU");
    }

    [Fact]
    public void A_participle_before_a_trailing_attribution_tells_more_of_what_was_said()
    {
        var events = SharedPipeline.OutputEvents("Chad launched airstrikes on what it said were rebel bases inside Sudan, killing ten people, Sudanese officials said.");
        var strike = Assert.Single(events, e => e.Type == EventType.Assault);
        Assert.Equal(("TCD", "SDN"), (strike.Source.Code.Value, strike.Target?.Code.Value));
    }

    [Fact]
    public void An_act_answered_after_an_accusation_is_reported_not_alleged()
    {
        var events = SharedPipeline.OutputEvents("Peru summoned Chile's ambassador after a Chilean patrol boat rammed a Peruvian fishing vessel.");
        Assert.Contains(events, e => e.Type == EventType.Coerce && e.Source.Code.Value == "CHL" && e.Target?.Code.Value == "PER" && !e.IsThirdPartyClaim);
        // What follows "of" is still the accused's alleged act, never reported as done.
        Assert.DoesNotContain(SharedPipeline.OutputEvents("Peru accused Chile of ramming a Peruvian fishing vessel."), e => e.Type == EventType.Coerce);
    }

    [Fact]
    public void The_move_condemned_is_the_latest_hostile_act_close_by_else_the_latest_act()
    {
        Assert.Contains(All("Iran fired a ballistic missile on Sunday. The launch came days after Israel and the United States held joint air drills. France condemned the move."),
            e => e.Type == EventType.Accuse && e.Source.Code.Value == "FRA" && e.Target?.Code.Value == "IRN");
        Assert.Contains(All("The United States approved a $2 billion arms sale to Taiwan on Friday. China condemned the move."),
            e => e.Type == EventType.Accuse && e.Source.Code.Value == "CHN" && e.Target?.Code.Value == "USA");
    }

    [Fact]
    public void A_clause_opened_by_after_has_its_own_subject_and_is_no_object()
    {
        Assert.Contains(All("The launch came after Israel and the United States held joint air drills."),
            e => e.Type == EventType.Cooperate && e.Source.Code.Value == "ISR" && e.Target?.Code.Value == "USA");
        Assert.DoesNotContain(All("Iran fired a missile after Israel and the United States held joint air drills."),
            e => e.Source.Code.Value == "IRN" && e.Target?.Code.Value is "ISR" or "USA");
    }

    [Fact]
    public void Its_embassy_stormed_by_another_states_forces_is_the_first_actors()
    {
        Assert.Contains(All("Peru cut ties with Bolivia after Bolivian police stormed its embassy in La Paz."),
            e => e.Type == EventType.Assault && e.Source.Code.Value == "BOL" && e.Target?.Code.Value == "PER");
    }

    [Fact]
    public void A_friendly_act_prompted_by_another_is_not_aimed_at_the_prompter()
    {
        Assert.DoesNotContain(All("Belarus moved troops to the border on Monday, prompting Lithuania to send aid to the border towns."),
            e => e.Source.Code.Value == "LTU" && e.Target?.Code.Value == "BLR");
    }

    [Fact]
    public void Joining_states_that_did_the_same_before_is_no_act_between_them()
    {
        var events = All("Norway said it would recognise the new government, joining Denmark and Iceland.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Cooperate);
        Assert.Contains(All("Finland said it would join NATO next year."), e => e.Type == EventType.Cooperate);
    }

    [Fact]
    public void Whom_an_investigated_attack_struck_is_not_investigated()
    {
        Assert.DoesNotContain(All("Kenya ordered an investigation into the bomb attack on a Somali convoy."), e => e.Source.Code.Value == "KEN" && e.Target?.Code.Value == "SOM");
        Assert.Contains(All("Kenya ordered an investigation into Somalia's conduct at the border."), e => e.Source.Code.Value == "KEN" && e.Target?.Code.Value == "SOM");
    }

    [Fact]
    public void Forces_sighted_act_for_their_state_and_are_taken_up_by_the_plural()
    {
        const string text = "Japan reported 14 Chinese military aircraft near Okinawa on Tuesday. The planes crossed the median line, Tokyo said.";
        var sighted = Assert.Single(All(text), e => e.Type == EventType.Mobilize && e.Source.Code.Value == "CHN" && e.Target?.Code.Value == "JPN" && e.Rules.Contains("source:sighted-forces"));
        // The planes' crossing, aimed at no one, retells the sighted act (the merge keeps it as its mention).
        Assert.Contains(sighted.Retellings, m => m.Sentence.StartsWith("The planes crossed", StringComparison.Ordinal));
        var planes = Assert.Single(SharedPipeline.Instance.Read(new Entente.Articles.Article("sighted.txt", text)).Actors, m => m.Actor.Antecedent?.Rule == "description:forces");
        Assert.Equal("CHN", planes.Actor.Code.Value);
    }

    [Fact]
    public void A_quotation_ends_its_complement_so_the_attribution_is_told_as_done()
    {
        Assert.Contains(SharedPipeline.OutputEvents("\"We are ready to respond to any provocation,\" Belarus's defence minister said, accusing Poland of stoking tension."),
            e => e.Type == EventType.Accuse && e.Source.Code.Value == "BLR" && e.Target?.Code.Value == "POL");
    }

    [Fact]
    public void An_actor_named_where_the_subject_is_does_not_act_for_it()
    {
        Assert.DoesNotContain(All("The museum in Lima displays weapons captured in the war with Chile."), e => e.Source.Code.Value == "PER");
        Assert.Contains(All("The government in Kabul condemned Pakistan on Monday."), e => e.Source.Code.Value == "AFG" && e.Target?.Code.Value == "PAK");
    }

    [Fact]
    public void A_recent_tally_is_still_news()
    {
        Assert.DoesNotContain(All("Chile and Peru met in Lima on 3 May 2024. Chile has expelled five Peruvian diplomats since March 2024."),
            e => e.Type == EventType.Sanction && e.IsBackground);
    }

    [Fact]
    public void A_retaliation_by_an_act_is_that_act_not_a_threat()
    {
        var events = SharedPipeline.OutputEvents("The Baltic states expelled ten Russian diplomats in May. Moscow retaliated by expelling diplomats from all three countries.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Threaten);
        Assert.Contains(events, e => e.Type == EventType.Sanction && e.Source.Code.Value == "RUS");
    }

    [Fact]
    public void An_armed_group_is_taken_up_as_the_group()
    {
        var events = All("Saudi jets struck targets in Yemen on Sunday. The Houthis said the strikes killed three fighters. The group vowed to respond.");
        Assert.Contains(events, e => e.Type == EventType.Threaten && e.Source.Code.Value == "YEM" && e.Target?.Code.Value == "SAU" && e.Source.Antecedent?.Rule == "epithet:group");
    }

    [Fact]
    public void Who_brokered_a_deal_is_not_whom_the_parties_agreed_with()
    {
        var events = SharedPipeline.OutputEvents("Chile and Bolivia agreed to restore diplomatic ties in a deal brokered by Brazil.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Agree && e.Target?.Code.Value == "BRA");
        Assert.Contains(events, e => e.Type == EventType.Agree && e.Source.Code.Value == "CHL" && e.Target?.Code.Value == "BOL");
    }

    [Fact]
    public void What_a_denied_report_says_is_not_told_as_done()
    {
        var events = SharedPipeline.OutputEvents("Minsk denied reports that Belarusian troops were preparing an attack near the Polish border.");
        Assert.Contains(events, e => e.Type == EventType.Reject && e.Source.Code.Value == "BLR");
        Assert.DoesNotContain(events, e => e.Type == EventType.Mobilize);
    }

    [Fact]
    public void A_later_coordinated_verb_keeps_its_own_object()
    {
        // "said Chile had broken the truce" is what Lima says, not whom it rejected; a verb with no object of its own
        // shares the next one's ("donated and delivered medicine to X").
        var events = SharedPipeline.OutputEvents("Lima rejected the report and said Chile had broken the truce.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Reject && e.Target?.Code.Value == "CHL");
        var aid = SharedPipeline.OutputEvents("Two Canadian charities donated and delivered medicine to Haitian hospitals.");
        Assert.Contains(aid, e => e.Type == EventType.Aid && e.Source.Code.Value == "CAN" && e.Target?.Code.Value == "HTI");
    }

    [Fact]
    public void A_bare_it_that_names_no_actor_is_no_target_without_a_hostile_act_just_before()
    {
        // Friendly news before the reaction: "it" has no hostile act to stand for, so no one is accused.
        var events = All("Bolivia and Paraguay signed a trade accord on Monday. Chile's opposition condemned it.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Accuse && e.Rules.Contains("target:implicit-act") && e.Target?.Code.Value is "BOL" or "PRY");
    }

    [Fact]
    public void A_modal_does_not_govern_a_time_clause_with_its_own_subject()
    {
        // Chile's removal of Bolivia from a list happened; only Bolivia's reopening is announced.
        var events = All("Bolivia said it would reopen its consulates after Chile removed it from a list of hostile states.");
        Assert.Contains(events, e => e.Type == EventType.Concede && e.Source.Code.Value == "CHL" && e.Target?.Code.Value == "BOL" && e.Mode == EventMode.Happened);
    }

    [Fact]
    public void What_a_denial_says_in_its_that_clause_is_not_told_as_done()
    {
        var events = SharedPipeline.OutputEvents("Peru denied that Peruvian hackers had attacked Chilean banks.");
        Assert.Contains(events, e => e.Type == EventType.Reject && e.Source.Code.Value == "PER");
        Assert.DoesNotContain(events, e => e.Type == EventType.Assault);
    }

    [Fact]
    public void A_bare_response_told_as_done_names_no_act()
    {
        // Only an answer to come is a threat; one told as done does not say what was done.
        Assert.DoesNotContain(All("Hungary expelled two Slovak diplomats on Monday. Slovakia responded on Tuesday."), e => e.Source.Code.Value == "SVK");
    }

    [Fact]
    public void A_bare_noun_after_by_tells_the_means_not_the_agent()
    {
        var events = SharedPipeline.OutputEvents("The Chilean prime minister spoke by phone with the Peruvian president on Wednesday.");
        Assert.Contains(events, e => e.Type == EventType.Consult && e.Source.Code.Value == "CHL" && e.Target?.Code.Value == "PER");
        Assert.DoesNotContain(events, e => e.Rules.Contains("source:participle-agent"));
    }

    [Fact]
    public void The_speakers_own_demonym_does_not_make_a_refusal_domestic()
    {
        var events = All("A spokesperson for the Bolivian foreign ministry said on Friday that La Paz firmly opposed the sale.");
        Assert.Contains(events, e => e.Type == EventType.Reject && e.Source.Code.Value == "BOL" && e.Target is null);
    }

    [Fact]
    public void Talks_on_joining_a_body_are_aimed_at_the_body()
    {
        var events = SharedPipeline.OutputEvents("Moldova suspended talks on joining the European Union.");
        Assert.Contains(events, e => e.Type == EventType.Sanction && e.Source.Code.Value == "MDA" && e.Target?.Code.Value == "EU");
    }

    [Fact]
    public void An_act_a_claim_only_refers_to_is_not_alleged()
    {
        // What the ambassador contends is a motive, not that Chile's ultimatum was made: no second accusation.
        var events = SharedPipeline.OutputEvents("Peru's ambassador to Chile, Luis Prado, accuses Chile of politicising the dispute. He contends Chile's ultimatum on the border \"is because of the fishing dispute.\"");
        Assert.Single(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "PER" && e.Target?.Code.Value == "CHL");
    }

    [Fact]
    public void What_an_actor_is_said_to_do_in_the_present_is_the_speakers_accusation()
    {
        // A characterisation ("harass"), not a report of one act: Peru's accusation; a past act reported stays the act.
        var events = SharedPipeline.OutputEvents("Peru says Chilean ships harass its fishermen near the maritime border.");
        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "PER" && e.Target?.Code.Value == "CHL");
        Assert.DoesNotContain(events, e => e.Type == EventType.Coerce);
        Assert.Contains(SharedPipeline.OutputEvents("The Peruvian navy said Chile attacked two fishing boats on Monday."),
            e => e.Type == EventType.Assault && e.Source.Code.Value == "CHL");
    }

    [Fact]
    public void Only_an_order_with_its_object_and_infinitive_is_read_again_when_dropped()
    {
        // "ordered troops to withdraw": no expulsion, but the withdrawal the order brought about.
        Assert.Contains(All("The Bolivian president ordered troops to withdraw from the border with Chile."), e => e.Type == EventType.Retreat && e.Source.Code.Value == "BOL");
        // "pushed for the pact, saying it would help them …": what the push was for stays its content.
        Assert.DoesNotContain(SharedPipeline.OutputEvents("Bolivian manufacturers have pushed for the pact, saying it would help them win Chilean orders."),
            e => e.Type is EventType.Aid or EventType.Agree);
    }
}
