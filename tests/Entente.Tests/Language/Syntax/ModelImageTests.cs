using Entente.Language;
using Entente.Language.Syntax;
using Xunit;

namespace Entente.Tests.Language.Syntax;

public class ModelImageTests
{
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "data", "models");
    private static readonly string[] Files = [SyntaxModel.TaggerFile, SyntaxModel.ParserFile, SyntaxModel.LemmaFile];

    // A models folder of its own, so that the image written into it is this test's.
    private static string CopyOfShippedModels()
    {
        var folder = Path.Combine(Path.GetTempPath(), "entente-image-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var file in Files) File.Copy(Path.Combine(Shipped, file), Path.Combine(folder, file));
        return folder;
    }

    // The tags, heads and labels of one sentence, one after the other.
    private static int[] Analyse(SyntaxModel model)
    {
        var words = new[] { "Chinese", "coast", "guard", "vessels", "rammed", "a", "Philippine", "supply", "boat", "on", "Monday", "." };
        var infos = new WordInfo[words.Length];
        WordInfo.OfSentence(new StringWords(words), infos);
        int[] tags = new int[words.Length], heads = new int[words.Length], labels = new int[words.Length];
        model.Analyse(infos, tags, heads, labels);
        return [.. tags, .. heads, .. labels];
    }

    private static byte[][] Saved(SyntaxModel model)
    {
        var folder = Path.Combine(Path.GetTempPath(), "entente-saved-" + Guid.NewGuid().ToString("N"));
        model.Save(folder);
        try { return [.. Files.Select(f => File.ReadAllBytes(Path.Combine(folder, f)))]; }
        finally { Directory.Delete(folder, true); }
    }

    [Fact]
    public void The_first_load_writes_an_image_and_the_models_read_back_from_it_are_the_same_models()
    {
        var folder = CopyOfShippedModels();
        try
        {
            var image = Path.Combine(folder, ModelImage.FileName);
            var fromFiles = SyntaxModel.Load(folder);
            Assert.True(File.Exists(image));
            Assert.NotNull(ModelImage.TryRead(folder));
            var fromImage = SyntaxModel.Load(folder);
            Assert.Equal(Analyse(fromFiles), Analyse(fromImage));
            // Written out again, the image's models give the very files: every key and weight came back.
            var a = Saved(fromFiles);
            var b = Saved(fromImage);
            for (int f = 0; f < a.Length; f++) Assert.Equal(a[f], b[f]);
            // The lemma tables, flat in memory, are written out as the very pairs the shipped file holds.
            Assert.Equal(Unpacked(File.ReadAllBytes(Path.Combine(Shipped, SyntaxModel.LemmaFile))), Unpacked(a[2]));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    private static byte[] Unpacked(byte[] compressed)
    {
        using var input = new System.IO.Compression.BrotliStream(new MemoryStream(compressed), System.IO.Compression.CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    [Fact]
    public void A_damaged_image_or_one_made_from_other_model_files_is_not_read_and_is_made_again()
    {
        var folder = CopyOfShippedModels();
        try
        {
            var image = Path.Combine(folder, ModelImage.FileName);
            var expected = Analyse(SyntaxModel.Load(folder));
            var made = File.ReadAllBytes(image);

            File.WriteAllBytes(image, made[..(made.Length / 2)]);
            Assert.Null(ModelImage.TryRead(folder));
            Assert.Equal(expected, Analyse(SyntaxModel.Load(folder)));
            Assert.Equal(made, File.ReadAllBytes(image));

            // A model file written since (retrained, or copied over) leaves the image stale.
            File.SetLastWriteTimeUtc(Path.Combine(folder, SyntaxModel.LemmaFile), DateTime.UtcNow.AddMinutes(1));
            Assert.Null(ModelImage.TryRead(folder));
            Assert.Equal(expected, Analyse(SyntaxModel.Load(folder)));
            Assert.NotNull(ModelImage.TryRead(folder));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void A_model_read_from_an_image_reads_its_keys_from_that_image_and_refuses_one_made_again_from_other_files()
    {
        var folder = CopyOfShippedModels();
        try
        {
            SyntaxModel.Load(folder);
            var fromImage = ModelImage.TryRead(folder)!;
            Assert.NotNull(fromImage);
            // The image made again from files written since carries another stamp: its keys are not this model's.
            File.SetLastWriteTimeUtc(Path.Combine(folder, SyntaxModel.TaggerFile), DateTime.UtcNow.AddMinutes(1));
            SyntaxModel.Load(folder);
            Assert.Throws<InvalidDataException>(() => Saved(fromImage));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
