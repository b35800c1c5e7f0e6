namespace Entente.Language.Syntax;

/// <summary>One sentence of a dependency treebank: its syntactic words with their annotation.</summary>
/// <param name="Words">Word forms.</param>
/// <param name="Lemmas">Lemmas.</param>
/// <param name="Upos">Universal part-of-speech tags.</param>
/// <param name="Xpos">Penn Treebank tags.</param>
/// <param name="Heads">Head of each word: 0 for the root, else the 1-based index of the head.</param>
/// <param name="Relations">Universal Dependencies relation of each word to its head.</param>
internal sealed record TreebankSentence(string[] Words, string[] Lemmas, string[] Upos, string[] Xpos, int[] Heads, string[] Relations)
{
    /// <summary>Number of words.</summary>
    public int Length => Words.Length;

    /// <summary>The hashed spellings of the words, as the models read them.</summary>
    public WordInfo[] WordInfos(NameGazetteer? names = null)
    {
        var infos = new WordInfo[Length];
        WordInfo.OfSentence(new StringWords(Words), infos, names);
        return infos;
    }
}

/// <summary>Reads CoNLL-U files (Universal Dependencies): syntactic words only, skipping multi-word token lines and empty nodes.</summary>
internal static class Conllu
{
    /// <summary>Reads every sentence of <paramref name="path"/>; a malformed line raises an error naming the file and line.</summary>
    public static List<TreebankSentence> Read(string path)
    {
        var sentences = new List<TreebankSentence>();
        var words = new List<string[]>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (words.Count > 0) sentences.Add(Build(words));
                words.Clear();
                continue;
            }
            if (line[0] == '#') continue;
            var fields = line.Split('\t');
            if (fields.Length != 10) throw new FormatException($"{path}:{lineNumber}: expected 10 tab-separated fields, found {fields.Length}.");
            // "3-4" multi-word tokens and "8.1" empty nodes are not syntactic words of the basic tree.
            if (fields[0].Contains('-') || fields[0].Contains('.')) continue;
            if (!int.TryParse(fields[6], out _)) throw new FormatException($"{path}:{lineNumber}: head '{fields[6]}' is not a number.");
            words.Add(fields);
        }
        if (words.Count > 0) sentences.Add(Build(words));
        return sentences;
    }

    private static TreebankSentence Build(List<string[]> rows)
    {
        int n = rows.Count;
        var s = new TreebankSentence(new string[n], new string[n], new string[n], new string[n], new int[n], new string[n]);
        for (int i = 0; i < n; i++)
        {
            var f = rows[i];
            s.Words[i] = f[1];
            s.Lemmas[i] = f[2];
            s.Upos[i] = f[3];
            s.Xpos[i] = f[4];
            s.Heads[i] = int.Parse(f[6]);
            s.Relations[i] = f[7];
        }
        return s;
    }
}
