using Entente.Events;
using Xunit;

namespace Entente.Tests.Events;

public class LexiconImageTests
{
    private static readonly string ShippedEvents = Path.Combine(AppContext.BaseDirectory, "data", "events");

    // A lexicon folder of its own holding copies of the shipped files, so that the image written into it is this test's.
    private static string CopyOfShippedLexicon()
    {
        var folder = Path.Combine(Path.GetTempPath(), "entente-lexicon-image-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(ShippedEvents, "*.tsv"))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        return folder;
    }

    // The files Load reads from a lexicon folder, in its order.
    private static string[] FilesOf(string folder) =>
        [Path.Combine(folder, "cameo.tsv"), Path.Combine(folder, "verb-forms.tsv"), .. Directory.EnumerateFiles(folder, "lexicon*.tsv").Order(StringComparer.Ordinal)];

    // Every table of the lexicon, in the order it enumerates: two lexicons with the same contents give the same bytes.
    private static byte[] Contents(EventLexicon lexicon)
    {
        var writer = new ImageWriter();
        lexicon.Write(writer);
        using var stream = new MemoryStream();
        writer.CopyTo(stream);
        return stream.ToArray();
    }

    private static string Heads(EventLexicon lexicon, string word) =>
        string.Join(" | ", lexicon.Candidates(word).Select(c => $"{c.Entry.Pattern} {c.Entry.Cameo} {c.Entry.Origin} {c.IsPlural} {c.Entry.Exceptions.Length}"));

    [Fact]
    public void The_first_load_writes_an_image_and_the_lexicon_read_back_from_it_is_the_same()
    {
        var folder = CopyOfShippedLexicon();
        try
        {
            var fromFiles = EventLexicon.Load(folder);
            Assert.True(File.Exists(Path.Combine(folder, LexiconImage.FileName)));
            var fromImage = LexiconImage.TryRead(folder, FilesOf(folder));
            Assert.NotNull(fromImage);
            Assert.Equal(Contents(fromFiles), Contents(fromImage));
            Assert.Equal(fromFiles.Entries.Count, fromImage.Entries.Count);
            foreach (var word in new[] { "signed", "Threatens", "talks", "SUMMIT", "hung", "cancelled", "the" })
                Assert.Equal(Heads(fromFiles, word), Heads(fromImage, word));
            Assert.NotEqual("", Heads(fromImage, "signed"));
            Assert.True(fromImage.TryGetCameo("057", out var goldstein, out var plover));
            Assert.True(fromFiles.TryGetCameo("057", out var expectedGoldstein, out var expectedPlover));
            Assert.Equal((expectedGoldstein, expectedPlover), (goldstein, plover));
            // The verb forms of verb-forms.tsv are the inflector's again.
            Assert.Equal(fromFiles.Inflector.Inflect("hang").All, fromImage.Inflector.Inflect("hang").All);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void An_image_made_from_other_files_or_damaged_is_not_read_and_the_files_are_loaded_again()
    {
        var folder = CopyOfShippedLexicon();
        try
        {
            var image = Path.Combine(folder, LexiconImage.FileName);
            var expected = Contents(EventLexicon.Load(folder));
            Assert.NotNull(LexiconImage.TryRead(folder, FilesOf(folder)));

            // A row added to the lexicon: the image no longer stands for the files, and the new pattern is found.
            File.AppendAllText(Path.Combine(folder, "lexicon.tsv"), "V\tquazarize _\tASSAULT\t190\n");
            Assert.Null(LexiconImage.TryRead(folder, FilesOf(folder)));
            Assert.Contains(EventLexicon.Load(folder).Candidates("quazarized"), c => c.Entry.Lemma == "quazarize");
            Assert.Contains(LexiconImage.TryRead(folder, FilesOf(folder))!.Candidates("quazarized"), c => c.Entry.Lemma == "quazarize");

            // A lexicon file added to the folder does the same.
            File.WriteAllText(Path.Combine(folder, "lexicon-extra.tsv"), "N\tquasimodo\tASSAULT\t190\n");
            Assert.Null(LexiconImage.TryRead(folder, FilesOf(folder)));
            Assert.Contains(EventLexicon.Load(folder).Candidates("quasimodos"), c => c.IsPlural);
            File.Delete(Path.Combine(folder, "lexicon-extra.tsv"));
            File.Delete(image);
            expected = Contents(EventLexicon.Load(folder));
            var made = File.ReadAllBytes(image);

            // One byte changed in the middle fails the checksum; the files are read and the image made again.
            var flipped = (byte[])made.Clone();
            flipped[flipped.Length / 2] ^= 0x01;
            File.WriteAllBytes(image, flipped);
            Assert.Null(LexiconImage.TryRead(folder, FilesOf(folder)));
            Assert.Equal(expected, Contents(EventLexicon.Load(folder)));
            Assert.Equal(made, File.ReadAllBytes(image));

            File.WriteAllBytes(image, made[..(made.Length / 2)]);
            Assert.Null(LexiconImage.TryRead(folder, FilesOf(folder)));
            Assert.Equal(expected, Contents(EventLexicon.Load(folder)));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
