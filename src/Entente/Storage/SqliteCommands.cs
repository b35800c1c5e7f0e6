using Microsoft.Data.Sqlite;

namespace Entente.Storage;

/// <summary>The few command helpers every SQLite-backed store uses.</summary>
internal static class SqliteCommands
{
    /// <summary>A command over <paramref name="connection"/> in transaction <paramref name="tx"/> (if any).</summary>
    public static SqliteCommand Command(this SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    /// <summary>Runs <paramref name="sql"/> and returns its first value.</summary>
    public static object? Scalar(this SqliteConnection connection, string sql)
    {
        using var cmd = connection.Command(sql);
        return cmd.ExecuteScalar();
    }

    /// <summary>Runs <paramref name="sql"/> for its effect.</summary>
    public static void Execute(this SqliteConnection connection, string sql)
    {
        using var cmd = connection.Command(sql);
        cmd.ExecuteNonQuery();
    }
}
