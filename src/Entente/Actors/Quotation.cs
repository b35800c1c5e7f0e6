namespace Entente.Actors;

/// <summary>A quotation: what was said, by whom, directly or as reported speech.</summary>
/// <param name="Text">The quoted words (without quotation marks), or the reported clause.</param>
/// <param name="Span">Where the quoted words lie in the document text.</param>
/// <param name="Speaker">The speaker's name as resolved (the person's fullest name), or null when unknown.</param>
/// <param name="Direct">True for a direct quotation in quotation marks, false for indirect speech ("X said that …").</param>
public sealed record Quotation(string Text, TextSpan Span, string? Speaker, bool Direct);
