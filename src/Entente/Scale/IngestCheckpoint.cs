using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Entente.Scale;

/// <summary>
/// How far an ingest of a list of inputs has committed, kept in a small file beside the work so that a run interrupted
/// (kill -9, power loss) resumes after its last committed batch instead of starting over. The file is written only after
/// the store committed (at worst one batch is read again, and the store skips it as unchanged), atomically (write, flush,
/// rename), and removed when the run completes. It is tied to the exact input list: other inputs start from the beginning.
/// </summary>
internal sealed class IngestCheckpoint
{
    private readonly string _path;
    private readonly IReadOnlyList<string> _files;
    private readonly string _key;

    /// <summary>A checkpoint at <paramref name="path"/> for the expanded input list <paramref name="files"/>.</summary>
    public IngestCheckpoint(string path, IReadOnlyList<string> files)
    {
        _path = Path.GetFullPath(path);
        _files = files;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var f in files) sha.AppendData(Encoding.UTF8.GetBytes((f == "-" ? f : Path.GetFullPath(f)) + "\n"));
        _key = Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>The checkpoint file.</summary>
    public string FilePath => _path;

    /// <summary>The default checkpoint file for a --db value: beside a SQLite file, else in the user's state folder.</summary>
    public static string DefaultPath(string db)
    {
        if (!Storage.EventStores.IsPostgres(db)) return Path.GetFullPath(db) + ".progress";
        string state = Environment.GetEnvironmentVariable("XDG_STATE_HOME") is { Length: > 0 } s
            ? s : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "state");
        string name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(db)))[..16];
        return Path.Combine(state, "entente", name + ".progress");
    }

    /// <summary>The committed position of an earlier run over the same inputs, or null to start from the beginning.</summary>
    public InputPosition? Load()
    {
        if (!File.Exists(_path)) return null;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(_path));
            var root = doc.RootElement;
            if (root.GetProperty("inputs").GetString() != _key) return null;
            int file = root.GetProperty("file").GetInt32();
            if (file < 0 || file > _files.Count) return null;
            if (file < _files.Count && root.GetProperty("path").GetString() != Path.GetFullPath(_files[file])) return null;
            return new InputPosition(file, root.GetProperty("taken").GetInt64());
        }
        catch (Exception e) when (e is JsonException or IOException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null; // A damaged checkpoint costs a re-read, never data: the store skips what it already holds.
        }
    }

    /// <summary>Records that everything before <paramref name="position"/> is committed.</summary>
    public void Save(InputPosition position)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        // One temporary file per process and thread: ingests started at once on one database, in several processes or in
        // one (a host running two), each save their own, then rename.
        string temp = $"{_path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            using (var w = new Utf8JsonWriter(stream))
            {
                w.WriteStartObject();
                w.WriteString("inputs", _key);
                w.WriteNumber("file", position.File);
                w.WriteString("path", position.File < _files.Count ? Path.GetFullPath(_files[position.File]) : "");
                w.WriteNumber("taken", position.Taken);
                w.WriteString("saved", DateTime.UtcNow.ToString("O"));
                w.WriteEndObject();
            }
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, _path, overwrite: true);
    }

    /// <summary>Removes the checkpoint once the run completed.</summary>
    public void Complete()
    {
        if (File.Exists(_path)) File.Delete(_path);
    }
}
