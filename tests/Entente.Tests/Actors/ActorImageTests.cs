using System.Buffers.Binary;
using Entente.Actors;
using Entente.Language;
using Entente.Language.Syntax;
using Xunit;

namespace Entente.Tests.Actors;

public class ActorImageTests
{
    private static readonly string ShippedData = Path.Combine(AppContext.BaseDirectory, "data");

    // A data folder of its own holding copies of the shipped actor and people files, so that the image written into it is
    // this test's.
    private static string CopyOfShippedDictionaries()
    {
        var folder = Path.Combine(Path.GetTempPath(), "entente-actor-image-" + Guid.NewGuid().ToString("N"));
        foreach (var sub in new[] { "actors", "people" })
        {
            Directory.CreateDirectory(Path.Combine(folder, sub));
            foreach (var file in Directory.EnumerateFiles(Path.Combine(ShippedData, sub), "*.tsv"))
                File.Copy(file, Path.Combine(folder, sub, Path.GetFileName(file)));
        }
        return folder;
    }

    // Every table of the dictionary, in the order it enumerates: two dictionaries with the same contents give the same bytes.
    private static byte[] Contents(ActorDictionary dictionary)
    {
        var writer = new ImageWriter();
        dictionary.Write(writer);
        using var stream = new MemoryStream();
        writer.CopyTo(stream);
        return stream.ToArray();
    }

    private static string LongestName(ActorDictionary dictionary, string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return dictionary.Names.LongestMatch(text, tokens, 0, tokens.Length) is { } match
            ? $"{match.Values[0].Code} {match.Values[0].Kind} {match.Values[0].Origin} {match.Length}"
            : "none";
    }

    [Fact]
    public void The_first_load_writes_an_image_and_the_dictionary_read_back_from_it_is_the_same()
    {
        var folder = CopyOfShippedDictionaries();
        try
        {
            var fromFiles = ActorDictionary.LoadDefault(folder);
            Assert.True(File.Exists(Path.Combine(folder, ActorImage.FileName)));
            var fromImage = ActorImage.TryRead(folder, FilesOf(folder));
            Assert.NotNull(fromImage);
            // Written out again, the tables read back give the very bytes: every entry, office, trie edge and set came back, in order.
            Assert.Equal(Contents(fromFiles), Contents(fromImage));
            Assert.Equal(fromFiles.NameCount, fromImage.NameCount);
            Assert.Equal(fromFiles.OfficeCount, fromImage.OfficeCount);
            Assert.Equal(fromFiles.NameWords, fromImage.NameWords);
            Assert.Equal(fromFiles.Demonyms, fromImage.Demonyms);
            Assert.Equal(fromFiles.OneWordStates, fromImage.OneWordStates);
            foreach (var text in new[] { "the Democratic Republic of the Congo said", "South Korea", "Kremlin officials", "the South China Sea" })
                Assert.Equal(LongestName(fromFiles, text), LongestName(fromImage, text));
            Assert.NotEqual("none", LongestName(fromImage, "South Korea"));
            var date = new DateOnly(2024, 7, 1);
            Assert.Equal(fromFiles.Holder("president", new ActorCode("KOR"), date), fromImage.Holder("president", new ActorCode("KOR"), date));
            Assert.NotNull(fromImage.Holder("president", new ActorCode("KOR"), date));
            Assert.Equal(fromFiles.FindPerson("Antony Blinken"), fromImage.FindPerson("Antony Blinken"));
            Assert.Equal(fromFiles.GenderOfGivenName("annalena"), fromImage.GenderOfGivenName("annalena"));
            // The tables shared by two lookups stay shared: a state's entry by code is its entry in the trie.
            var southKorea = Tokenizer.Tokenize("South Korea");
            Assert.Same(fromImage.ByCode("KOR"), fromImage.Names.LongestMatch("South Korea", southKorea, 0, 2)!.Value.Values.First(e => e.Kind == ActorEntryKind.State));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void An_image_made_from_other_files_is_not_read_and_the_files_are_loaded_again()
    {
        var folder = CopyOfShippedDictionaries();
        try
        {
            ActorDictionary.LoadDefault(folder);
            Assert.NotNull(ActorImage.TryRead(folder, FilesOf(folder)));

            // A row added to a file: the image no longer stands for the files, and the new name is found.
            File.AppendAllText(Path.Combine(folder, "actors", "states.tsv"), "XQZ\t-\tstate\tQuazarland\n");
            Assert.Null(ActorImage.TryRead(folder, FilesOf(folder)));
            Assert.Equal("XQZ", ActorDictionary.LoadDefault(folder).Names.Word("Quazarland")?[0].Code.Value);
            Assert.Equal("XQZ", ActorImage.TryRead(folder, FilesOf(folder))!.Names.Word("Quazarland")?[0].Code.Value);

            // A file added to a folder, or one only written again, does the same.
            File.WriteAllText(Path.Combine(folder, "actors", "extra.tsv"), "XQY\t-\tstate\tQuasimodia\n");
            Assert.Null(ActorImage.TryRead(folder, FilesOf(folder)));
            Assert.Equal("XQY", ActorDictionary.LoadDefault(folder).Names.Word("Quasimodia")?[0].Code.Value);
            File.SetLastWriteTimeUtc(Path.Combine(folder, "people", "offices.tsv"), DateTime.UtcNow.AddMinutes(1));
            Assert.Null(ActorImage.TryRead(folder, FilesOf(folder)));
            ActorDictionary.LoadDefault(folder);
            Assert.NotNull(ActorImage.TryRead(folder, FilesOf(folder)));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void A_damaged_image_is_not_read_and_is_made_again()
    {
        var folder = CopyOfShippedDictionaries();
        try
        {
            var image = Path.Combine(folder, ActorImage.FileName);
            var expected = Contents(ActorDictionary.LoadDefault(folder));
            var made = File.ReadAllBytes(image);

            File.WriteAllBytes(image, made[..(made.Length / 2)]);
            Assert.Null(ActorImage.TryRead(folder, FilesOf(folder)));
            Assert.Equal(expected, Contents(ActorDictionary.LoadDefault(folder)));
            Assert.Equal(made, File.ReadAllBytes(image));

            // One byte changed in the middle (a kind or a number that would still be a valid one) fails the checksum.
            var flipped = (byte[])made.Clone();
            flipped[flipped.Length / 2] ^= 0x01;
            File.WriteAllBytes(image, flipped);
            Assert.Null(ActorImage.TryRead(folder, FilesOf(folder)));
            Assert.Equal(expected, Contents(ActorDictionary.LoadDefault(folder)));
            Assert.Equal(made, File.ReadAllBytes(image));

            File.WriteAllBytes(image, []);
            Assert.Null(ActorImage.TryRead(folder, FilesOf(folder)));
            Assert.Equal(expected, Contents(ActorDictionary.LoadDefault(folder)));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void The_gazetteer_is_made_from_the_hashes_the_image_keeps_and_is_the_one_made_from_the_words()
    {
        var folder = CopyOfShippedDictionaries();
        try
        {
            var fromFiles = ActorDictionary.LoadDefault(folder);
            var fromImage = ActorImage.TryRead(folder, FilesOf(folder))!;
            Assert.Equal(fromFiles.NameWordHashes, fromImage.NameWordHashes);
            var fromWords = NameGazetteer.Of(fromFiles.NameWords, fromFiles.Demonyms);
            Assert.Equal(fromWords.Fingerprint(), NameGazetteer.Of(fromImage.NameWordHashes, fromImage.Demonyms).Fingerprint());
            Assert.Equal(fromWords.Count, NameGazetteer.Of(fromImage.NameWordHashes, fromImage.Demonyms).Count);
            // The words themselves, made only when asked for, are the files' words in their order.
            Assert.Equal(fromFiles.NameWords, fromImage.NameWords);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Entries_made_when_first_found_are_one_object_each_whichever_thread_finds_them()
    {
        var folder = CopyOfShippedDictionaries();
        try
        {
            ActorDictionary.LoadDefault(folder);
            var fromImage = ActorImage.TryRead(folder, FilesOf(folder))!;
            var texts = new[] { "South Korea", "Kremlin", "NATO", "Seoul", "Chinese" };
            var found = new IReadOnlyList<ActorEntry>[texts.Length, 8];
            Parallel.For(0, 8, thread =>
            {
                for (int i = 0; i < texts.Length; i++)
                {
                    var tokens = Tokenizer.Tokenize(texts[i]);
                    found[i, thread] = fromImage.Names.LongestMatch(texts[i], tokens, 0, tokens.Length)!.Value.Values;
                }
            });
            for (int i = 0; i < texts.Length; i++)
                for (int thread = 1; thread < 8; thread++)
                {
                    Assert.Same(found[i, 0], found[i, thread]);
                    for (int v = 0; v < found[i, 0].Count; v++) Assert.Same(found[i, 0][v], found[i, thread][v]);
                }
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Theory]
    [InlineData("entry kind")]
    [InlineData("trie child")]
    public void An_image_whose_checksum_holds_but_whose_tables_point_outside_themselves_is_not_read_and_is_made_again(string damage)
    {
        var folder = CopyOfShippedDictionaries();
        try
        {
            var image = Path.Combine(folder, ActorImage.FileName);
            var expected = Contents(ActorDictionary.LoadDefault(folder));
            var made = File.ReadAllBytes(image);
            var bad = (byte[])made.Clone();
            // Layout: stamp, string table (count, where each string starts and the last ends, characters), entries (count,
            // six numbers each), offices (count, seven numbers each), then the trie's tables, each its count and its
            // numbers: characters, word starts, word slots, the root's children.
            int at = 8;
            int Int(int place) => BinaryPrimitives.ReadInt32LittleEndian(bad.AsSpan(place));
            int strings = Int(at);
            at += 4 + 4 * (strings + 1) + 2 * Int(at + 4 + 4 * strings);
            int entries = Int(at);
            if (damage == "entry kind") BinaryPrimitives.WriteInt32LittleEndian(bad.AsSpan(at + 4 + 8), 99);
            at += 4 + 24 * entries;
            at += 4 + 28 * Int(at);
            at += 4 + 2 * Int(at);
            at += 4 + 4 * Int(at);
            at += 4 + 4 * Int(at);
            if (damage == "trie child") BinaryPrimitives.WriteInt32LittleEndian(bad.AsSpan(at + 4), int.MaxValue);
            // The checksum made again, so that only the check of the tables can turn the image away.
            BinaryPrimitives.WriteUInt64LittleEndian(bad.AsSpan(bad.Length - 16), CacheImages.Checksum(bad.AsSpan(8, bad.Length - 24)));
            File.WriteAllBytes(image, bad);

            Assert.Null(ActorImage.TryRead(folder, FilesOf(folder)));
            Assert.Equal(expected, Contents(ActorDictionary.LoadDefault(folder)));
            Assert.Equal(made, File.ReadAllBytes(image));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    // The files LoadDefault loads from a data folder, in its order.
    private static List<string> FilesOf(string folder) =>
        [.. new[] { "actors", "people" }.SelectMany(sub => Directory.EnumerateFiles(Path.Combine(folder, sub), "*.tsv", SearchOption.AllDirectories).Order(StringComparer.Ordinal))];
}
