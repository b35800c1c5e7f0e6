using Entente.Actors;
using Entente.Language;
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

    // The files LoadDefault loads from a data folder, in its order.
    private static List<string> FilesOf(string folder) =>
        [.. new[] { "actors", "people" }.SelectMany(sub => Directory.EnumerateFiles(Path.Combine(folder, sub), "*.tsv", SearchOption.AllDirectories).Order(StringComparer.Ordinal))];
}
