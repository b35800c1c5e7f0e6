using System.Globalization;
using System.Text;
using Entente.Articles;
using Xunit;

namespace Entente.Tests.Articles;

/// <summary>
/// A big dump's repeated ids are still told apart (true repeat or another record) with the compact table of key and text
/// hashes that replaced the per-key strings, and the table stays small per record.
/// </summary>
public class RepeatedIdTests
{
    [Fact]
    public void A_generated_dump_of_many_records_keeps_every_repeat_and_every_changed_record_apart()
    {
        using var temp = new TempFolder();
        const int records = 60_000;
        var expectedKey = new string?[records]; // null: a key of its own
        var text = new StringBuilder();
        var sameRepeats = new List<int>();
        var changedRepeats = new List<int>();
        for (int i = 0; i < records; i++)
        {
            string id = "r" + i.ToString(CultureInfo.InvariantCulture), body = $"Officials in the capital met delegates, meeting {i}.";
            if (i > 0 && i % 251 == 0)
            {
                int earlier = i / 3; // an id read long before, so the table has grown several times in between
                if (earlier % 251 == 0) earlier++; // a record of its own id, not itself a repeat
                id = "r" + earlier.ToString(CultureInfo.InvariantCulture);
                if (i % 2 == 0) { body = $"Officials in the capital met delegates, meeting {earlier}."; sameRepeats.Add(i); }
                else { body = $"Ministers signed an accord, version {i}."; changedRepeats.Add(i); }
                expectedKey[i] = "r" + earlier.ToString(CultureInfo.InvariantCulture);
            }
            text.Append("{\"id\":\"").Append(id).Append("\",\"text\":\"").Append(body).Append("\"}\n");
        }
        var dump = temp.Write("big.jsonl", text.ToString());

        var articles = JsonlArticleReader.ReadFile(dump).ToList();
        Assert.Equal(records, articles.Count);
        string prefix = ArticleReader.SourceId(dump) + "#";
        foreach (int i in sameRepeats)
            Assert.Equal(prefix + expectedKey[i], articles[i].Key); // a true repeat: the store finds it unchanged
        foreach (int i in changedRepeats)
        {
            Assert.StartsWith(prefix + expectedKey[i] + "@", articles[i].Key); // another text under the same id: kept apart
            Assert.Equal(12, articles[i].Key.Length - articles[i].Key.IndexOf('@') - 1);
            Assert.Equal(expectedKey[i], articles[i].Id);
        }
        Assert.True(sameRepeats.Count > 50 && changedRepeats.Count > 50);
        // Every key is distinct except the true repeats.
        Assert.Equal(records - sameRepeats.Count, articles.Select(a => a.Key).Distinct(StringComparer.Ordinal).Count());
        // Reading again gives the same keys (a resumed ingest re-reads from the start to rebuild them).
        Assert.Equal(articles.Select(a => a.Key), JsonlArticleReader.ReadFile(dump).Select(a => a.Key));
    }

    [Fact]
    public void The_table_keeps_first_texts_across_growth_in_a_few_dozen_bytes_a_key()
    {
        var table = new FirstTextTable();
        const int keys = 300_000;
        for (ulong k = 0; k < keys; k++)
            Assert.True(table.TryAdd(k * 0x9E3779B97F4A7C15UL, k + 7, out _)); // k = 0 hashes to 0, the empty marker: still held
        Assert.Equal(keys, table.Count);
        for (ulong k = 0; k < keys; k++)
        {
            Assert.False(table.TryAdd(k * 0x9E3779B97F4A7C15UL, 1, out ulong first));
            Assert.Equal(k + 7, first);
        }
        Assert.InRange(table.Bytes / (double)keys, 16, 48); // the strings it replaced took about 190 bytes a key
    }

    [Fact]
    public void Hashes_are_of_the_text_and_long_texts_hash_like_short_ones()
    {
        var digest = new byte[32];
        string longText = new('a', 10_000);
        ulong a = FirstTextTable.Hash(longText, digest);
        Assert.Equal(a, FirstTextTable.Hash(new string('a', 10_000), new byte[32]));
        Assert.NotEqual(a, FirstTextTable.Hash(longText[..9_999] + "b", new byte[32]));
        // The digest is the SHA-256 of the UTF-8: the "@" suffix of a changed record is the same as before the table.
        FirstTextTable.Hash("Talks in Genève", digest);
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes("Talks in Genève")), digest);
    }
}
