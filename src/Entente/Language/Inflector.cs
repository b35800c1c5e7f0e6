namespace Entente.Language;

/// <summary>The inflected forms of an English verb.</summary>
/// <param name="Lemma">Base form: "hold".</param>
/// <param name="ThirdPerson">"holds".</param>
/// <param name="Past">"held".</param>
/// <param name="Participle">"held".</param>
/// <param name="Gerund">"holding".</param>
internal sealed record VerbForms(string Lemma, string ThirdPerson, string Past, string Participle, string Gerund)
{
    /// <summary>Other spellings of the past and the gerund ("cancelled", "cancelling" beside "canceled", "canceling").</summary>
    public string[] Variants { get; init; } = [];

    /// <summary>All distinct forms, the lemma first, then the variant spellings.</summary>
    public IEnumerable<string> All => new[] { Lemma, ThirdPerson, Past, Participle, Gerund }.Concat(Variants).Distinct(StringComparer.Ordinal);
}

/// <summary>
/// Generates verb inflections by the regular rules of English spelling, with a table of exceptions
/// (irregular verbs and verbs that double their final consonant).
/// </summary>
internal sealed class Inflector
{
    private readonly Dictionary<string, VerbForms> _exceptions = new(StringComparer.Ordinal);

    /// <summary>Creates an inflector that knows the common irregular verbs.</summary>
    public Inflector()
    {
        foreach (var f in IrregularRows()) AddException(new VerbForms(f[0], f[1], f[2], f[3], f[4]));
    }

    /// <summary>Adds or replaces the forms of one verb.</summary>
    public void AddException(VerbForms forms) => _exceptions[forms.Lemma] = forms;

    /// <summary>The forms of <paramref name="lemma"/>.</summary>
    public VerbForms Inflect(string lemma)
    {
        if (_exceptions.TryGetValue(lemma, out var known)) return known;
        string third, past, gerund;
        if (lemma.EndsWith('y') && lemma.Length > 1 && !IsVowel(lemma[^2])) third = lemma[..^1] + "ies";
        else if (lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith('z') || lemma.EndsWith("ch") || lemma.EndsWith("sh") || lemma.EndsWith('o')) third = lemma + "es";
        else third = lemma + "s";

        if (lemma.EndsWith('e')) past = lemma + "d";
        else if (lemma.EndsWith('y') && lemma.Length > 1 && !IsVowel(lemma[^2])) past = lemma[..^1] + "ied";
        else past = lemma + "ed";

        // "shrug", "snub", "ram": a verb of one syllable ending in one consonant after one vowel doubles it ("shrugged",
        // "snubbing"); verbs of more syllables that do ("admitted") are in the table.
        if (DoublesFinalConsonant(lemma))
            return new VerbForms(lemma, third, lemma + lemma[^1] + "ed", lemma + lemma[^1] + "ed", lemma + lemma[^1] + "ing");

        if (lemma.EndsWith("ie")) gerund = lemma[..^2] + "ying";
        else if (lemma.EndsWith('e') && !lemma.EndsWith("ee") && !lemma.EndsWith("ye") && !lemma.EndsWith("oe") && lemma.Length > 2) gerund = lemma[..^1] + "ing";
        else gerund = lemma + "ing";
        // British spelling doubles a final "l" after a single vowel ("cancelled", "travelling", "signalled"), and after the
        // "ia", "ua" or "ue" that are two syllables ("initialled", "dialled", "fuelled"), not after one ("sealed", "sailed").
        bool doublesL = lemma.Length > 3 && lemma[^1] == 'l' && IsVowel(lemma[^2])
                        && (!IsVowel(lemma[^3]) || lemma[^3] is 'i' or 'u' && lemma[^2] is 'a' or 'e');
        string[] variants = doublesL ? [lemma + "led", lemma + "ling"] : [];
        return new VerbForms(lemma, third, past, past, gerund) { Variants = variants };
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool DoublesFinalConsonant(string lemma)
    {
        if (lemma.Length < 3 || IsVowel(lemma[^1]) || lemma[^1] is 'w' or 'x' or 'y' or 'h' || !IsVowel(lemma[^2]) || IsVowel(lemma[^3])) return false;
        int vowelGroups = 0;
        for (int i = 0; i < lemma.Length; i++)
            if (IsVowel(lemma[i]) && (i == 0 || !IsVowel(lemma[i - 1]))) vowelGroups++;
        return vowelGroups == 1;
    }

    /// <summary>The irregular past-tense forms that differ from their verb's base form and past participle ("withdrew", "fled"
    /// is not: "fled" is both), so that they are only ever a finite past.</summary>
    public static IEnumerable<string> PastOnlyForms() => IrregularRows().Where(f => f[2] != f[0] && f[2] != f[3]).Select(f => f[2]);

    /// <summary>The irregular past-tense forms that differ from their verb's base form ("drew", "held", not "cut").</summary>
    public static IEnumerable<string> IrregularPastForms() => IrregularRows().Where(f => f[2] != f[0]).Select(f => f[2]);

    // The table below, a row of forms per verb: lemma, third person, past, participle, gerund.
    private static IEnumerable<string[]> IrregularRows() =>
        BuiltInIrregulars.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line => line.Split(' '));

    // lemma third past participle gerund
    private const string BuiltInIrregulars = """
        be is was been being
        have has had had having
        do does did done doing
        say says said said saying
        make makes made made making
        go goes went gone going
        take takes took taken taking
        give gives gave given giving
        get gets got gotten getting
        come comes came come coming
        see sees saw seen seeing
        hold holds held held holding
        meet meets met met meeting
        send sends sent sent sending
        tell tells told told telling
        seek seeks sought sought seeking
        fight fights fought fought fighting
        lead leads led led leading
        strike strikes struck struck striking
        shoot shoots shot shot shooting
        withdraw withdraws withdrew withdrawn withdrawing
        begin begins began begun beginning
        break breaks broke broken breaking
        bring brings brought brought bringing
        buy buys bought bought buying
        fly flies flew flown flying
        freeze freezes froze frozen freezing
        lend lends lent lent lending
        pay pays paid paid paying
        put puts put put putting
        set sets set set setting
        speak speaks spoke spoken speaking
        stand stands stood stood standing
        throw throws threw thrown throwing
        undertake undertakes undertook undertaken undertaking
        uphold upholds upheld upheld upholding
        win wins won won winning
        write writes wrote written writing
        keep keeps kept kept keeping
        run runs ran run running
        sell sells sold sold selling
        find finds found found finding
        think thinks thought thought thinking
        know knows knew known knowing
        leave leaves left left leaving
        lose loses lost lost losing
        beat beats beat beaten beating
        hit hits hit hit hitting
        cut cuts cut cut cutting
        shut shuts shut shut shutting
        let lets let let letting
        forbid forbids forbade forbidden forbidding
        forgive forgives forgave forgiven forgiving
        swear swears swore sworn swearing
        steal steals stole stolen stealing
        sweep sweeps swept swept sweeping
        seize seizes seized seized seizing
        admit admits admitted admitted admitting
        commit commits committed committed committing
        plan plans planned planned planning
        ban bans banned banned banning
        ship ships shipped shipped shipping
        stop stops stopped stopped stopping
        drop drops dropped dropped dropping
        slam slams slammed slammed slamming
        submit submits submitted submitted submitting
        transfer transfers transferred transferred transferring
        veto vetoes vetoed vetoed vetoing
        equip equips equipped equipped equipping
        rebut rebuts rebutted rebutted rebutting
        regret regrets regretted regretted regretting
        jam jams jammed jammed jamming
        ram rams rammed rammed ramming
        grab grabs grabbed grabbed grabbing
        rob robs robbed robbed robbing
        shun shuns shunned shunned shunning
        spar spars sparred sparred sparring
        occur occurs occurred occurred occurring
        refer refers referred referred referring
        prefer prefers preferred preferred preferring
        compel compels compelled compelled compelling
        expel expels expelled expelled expelling
        propel propels propelled propelled propelling
        patrol patrols patrolled patrolled patrolling
        control controls controlled controlled controlling
        confer confers conferred conferred conferring
        deter deters deterred deterred deterring
        rebuild rebuilds rebuilt rebuilt rebuilding
        build builds built built building
        deal deals dealt dealt dealing
        spend spends spent spent spending
        mean means meant meant meaning
        feel feels felt felt feeling
        hear hears heard heard hearing
        choose chooses chose chosen choosing
        drive drives drove driven driving
        rise rises rose risen rising
        lay lays laid laid laying
        overtake overtakes overtook overtaken overtaking
        undergo undergoes underwent undergone undergoing
        forgo forgoes forwent forgone forgoing
        bid bids bid bid bidding
        quit quits quit quit quitting
        spread spreads spread spread spreading
        split splits split split splitting
        bear bears bore borne bearing
        tear tears tore torn tearing
        wage wages waged waged waging
        dispatch dispatches dispatched dispatched dispatching
        draw draws drew drawn drawing
        overdraw overdraws overdrew overdrawn overdrawing
        fall falls fell fallen falling
        grow grows grew grown growing
        blow blows blew blown blowing
        hang hangs hung hung hanging
        hide hides hid hidden hiding
        ride rides rode ridden riding
        sink sinks sank sunk sinking
        shrink shrinks shrank shrunk shrinking
        spin spins spun spun spinning
        stick sticks stuck stuck sticking
        swing swings swung swung swinging
        wear wears wore worn wearing
        bind binds bound bound binding
        bleed bleeds bled bled bleeding
        catch catches caught caught catching
        teach teaches taught taught teaching
        cling clings clung clung clinging
        dig digs dug dug digging
        feed feeds fed fed feeding
        flee flees fled fled fleeing
        forget forgets forgot forgotten forgetting
        foresee foresees foresaw foreseen foreseeing
        oversee oversees oversaw overseen overseeing
        overcome overcomes overcame overcome overcoming
        overrun overruns overran overrun overrunning
        overthrow overthrows overthrew overthrown overthrowing
        mislead misleads misled misled misleading
        shake shakes shook shaken shaking
        sing sings sang sung singing
        slide slides slid slid sliding
        spring springs sprang sprung springing
        strive strives strove striven striving
        swim swims swam swum swimming
        understand understands understood understood understanding
        withhold withholds withheld withheld withholding
        withstand withstands withstood withstood withstanding
        arise arises arose arisen arising
        become becomes became become becoming
        bend bends bent bent bending
        sit sits sat sat sitting
        sleep sleeps slept slept sleeping
        weep weeps wept wept weeping
        eat eats ate eaten eating
        light lights lit lit lighting
        """;
}
