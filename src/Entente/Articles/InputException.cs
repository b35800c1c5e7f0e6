namespace Entente.Articles;

/// <summary>
/// An input that cannot be read as articles: missing, unreadable, binary, not UTF-8, malformed, empty.
/// The message is one line and names the input.
/// </summary>
public sealed class InputException : Exception
{
    /// <summary>The input (path, or "-" for standard input) that failed.</summary>
    public string Input { get; }

    /// <summary>Creates the error for <paramref name="input"/> with a one-line <paramref name="reason"/>.</summary>
    public InputException(string input, string reason, Exception? inner = null)
        : base($"{input}: {reason}", inner) => Input = input;
}
