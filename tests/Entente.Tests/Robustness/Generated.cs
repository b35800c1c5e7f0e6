using System.Text;

namespace Entente.Tests.Robustness;

/// <summary>Input generated for the robustness tests: state names and verbs from our own word lists, never article text.</summary>
public static class Generated
{
    /// <summary>State names as the shipped dictionary spells them (the first name of each "state" entry).</summary>
    public static readonly IReadOnlyList<string> States = LoadStates();

    private static readonly string[] Verbs = ["accused", "condemned", "praised", "threatened", "criticized", "visited", "met", "sanctioned", "warned", "signed a deal with"];

    /// <summary>One line of about <paramref name="chars"/> characters: "A accused B, C met D, …" with no full stop until the end.</summary>
    public static string RunOnLine(int chars, int seed = 1)
    {
        var random = new Random(seed);
        var sb = new StringBuilder(chars + 64);
        while (sb.Length < chars)
            sb.Append(States[random.Next(States.Count)]).Append(' ').Append(Verbs[random.Next(Verbs.Length)]).Append(' ')
              .Append(States[random.Next(States.Count)]).Append(random.Next(3) == 0 ? " and " : ", ");
        return sb.Append("and that was all.").ToString();
    }

    /// <summary>"A, B, C … and Z met in Geneva." with <paramref name="n"/> different states.</summary>
    public static string CoordinatedMeeting(int n) => string.Join(", ", States.Take(n - 1)) + " and " + States[n - 1] + " met in Geneva.";

    private static List<string> LoadStates()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "data", "actors", "states.tsv");
        return File.ReadLines(file).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'))
            .Where(c => c.Length >= 4 && c[2] == "state").Select(c => c[3].Split('|')[0]).Distinct().ToList();
    }
}
