using Xunit;
using System.Text;

namespace Entente.Tests.Articles;

/// <summary>A temporary folder for one test, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "entente-articles-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string name, string text) => WriteBytes(name, Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string name, byte[] bytes)
    {
        string full = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public string Folder(string name) => Directory.CreateDirectory(System.IO.Path.Combine(Path, name)).FullName;

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}

/// <summary>Finds the shared seed corpus next to the repository, when present.</summary>
public static class SeedCorpus
{
    public static string? Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Entente.sln")))
            {
                var seeds = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus", "seeds"));
                return Directory.Exists(seeds) ? seeds : null;
            }
        }
        return null;
    }
}

/// <summary>A fact that is skipped, with a clear message, when the shared seed corpus is absent.</summary>
public sealed class SeedFactAttribute : FactAttribute
{
    public SeedFactAttribute()
    {
        if (SeedCorpus.Folder() is null)
            Skip = "shared seed corpus not found (expected ../shared/corpus/seeds beside the folder holding Entente.sln)";
    }
}
