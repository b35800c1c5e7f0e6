
namespace Entente.Language;

/// <summary>A date expression in the text and the date it stands for, as precisely as the text tells.</summary>
/// <param name="FirstToken">First token of the expression.</param>
/// <param name="EndToken">One past its last token.</param>
/// <param name="Date">The date: year, month or day precision.</param>
/// <param name="Relative">True when it was resolved against the publication date ("last month", "on Tuesday").</param>
public readonly record struct DateMention(int FirstToken, int EndToken, PartialDate Date, bool Relative);
