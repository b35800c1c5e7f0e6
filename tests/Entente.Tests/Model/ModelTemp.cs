using System.Text;

namespace Entente.Tests.Model;

/// <summary>A fresh folder for one test, deleted on dispose.</summary>
internal sealed class ModelTemp : IDisposable
{
    public ModelTemp() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "entente-model-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text)
    {
        var full = File(name);
        System.IO.File.WriteAllText(full, text, new UTF8Encoding(false));
        return full;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
