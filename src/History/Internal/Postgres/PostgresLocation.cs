using System.Globalization;
using ComplianceEngine.Engine;
using Npgsql;

namespace ComplianceEngine.History.Internal.Postgres;

/// <summary>
/// Reads where the PostgreSQL history is: a <c>postgresql://user@host:port/database?sslmode=…</c> URL or an Npgsql
/// <c>Host=…;Database=…</c> string. The password comes from the URL or string only when given there (never from
/// rules.json), else from <c>PGPASSWORD</c>, else from the <c>PGPASSFILE</c> (or ~/.pgpass) file. <see cref="Display"/>
/// is what messages and logs show: never the password.
/// </summary>
internal sealed class PostgresLocation
{
    private static readonly Dictionary<string, string> UrlParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sslmode"] = "SSL Mode", ["sslrootcert"] = "Root Certificate", ["sslcert"] = "SSL Certificate", ["sslkey"] = "SSL Key",
        ["application_name"] = "Application Name", ["connect_timeout"] = "Timeout", ["command_timeout"] = "Command Timeout",
        ["search_path"] = "Search Path", ["target_session_attrs"] = "Target Session Attributes", ["passfile"] = "Passfile",
    };

    private PostgresLocation(NpgsqlConnectionStringBuilder builder, bool hasPassword)
    {
        Builder = builder;
        HasPassword = hasPassword;
    }

    public NpgsqlConnectionStringBuilder Builder { get; }

    /// <summary>Whether the URL or string itself carried a password (refused in rules.json).</summary>
    public bool HasPassword { get; }

    public string Display => Redact(Builder);

    /// <summary>Whether <paramref name="location"/> names a PostgreSQL server rather than a SQLite file.</summary>
    public static bool Names(string location)
    {
        var text = location.TrimStart();
        return text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || (text.Contains('=') && (text.StartsWith("host", StringComparison.OrdinalIgnoreCase) || text.StartsWith("server", StringComparison.OrdinalIgnoreCase)));
    }

    public static PostgresLocation Parse(string location)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = location.Contains("://", StringComparison.Ordinal) ? FromUrl(location.Trim()) : new NpgsqlConnectionStringBuilder(location);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException or KeyNotFoundException)
        {
            // The message of a connection-string parser can quote the string: say what is wrong without it.
            throw new InputException("history connection string", null, null,
                $"not a PostgreSQL URL (postgresql://user@host:port/database?sslmode=require) or Npgsql connection string: {Scrub(e.Message, location)}");
        }
        var hasPassword = !string.IsNullOrEmpty(builder.Password);
        if (!hasPassword && Environment.GetEnvironmentVariable("PGPASSWORD") is { Length: > 0 } password)
            builder.Password = password;
        // A known secret of the run from now on: masked wherever outside text is recorded, not only in this store's messages.
        Engine.Secrets.SecretRedactor.Register(builder.Password);
        if (string.IsNullOrEmpty(builder.Passfile) && Environment.GetEnvironmentVariable("PGPASSFILE") is { Length: > 0 } passfile)
            builder.Passfile = passfile;
        // A run of a million results, or a writer queueing behind others, takes longer than Npgsql's 30 s default.
        if (!location.Contains("command_timeout", StringComparison.OrdinalIgnoreCase) && !location.Contains("Command Timeout", StringComparison.OrdinalIgnoreCase))
            builder.CommandTimeout = 1800;
        builder.ApplicationName ??= "compliance";
        return new PostgresLocation(builder, hasPassword);
    }

    private static NpgsqlConnectionStringBuilder FromUrl(string url)
    {
        var uri = new Uri(url);
        if (uri.Scheme is not ("postgresql" or "postgres"))
            throw new FormatException($"the scheme is '{uri.Scheme}', expected postgresql://");
        var builder = new NpgsqlConnectionStringBuilder { Host = Uri.UnescapeDataString(uri.Host), Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port };
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
            builder.Database = database;
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':');
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            if (!UrlParameters.TryGetValue(name, out var key))
                throw new FormatException($"unknown URL parameter '{name}'; known: {string.Join(", ", UrlParameters.Keys)}");
            builder[key] = key == "SSL Mode" ? SslModeOf(value) : value;
        }
        return builder;
    }

    private static object SslModeOf(string value) => value.ToLowerInvariant() switch
    {
        "disable" => SslMode.Disable, "allow" => SslMode.Allow, "prefer" => SslMode.Prefer, "require" => SslMode.Require,
        "verify-ca" => SslMode.VerifyCA, "verify-full" => SslMode.VerifyFull,
        _ => throw new FormatException($"sslmode '{value}' is not one of disable, allow, prefer, require, verify-ca, verify-full"),
    };

    private static string Redact(NpgsqlConnectionStringBuilder b)
    {
        var user = string.IsNullOrEmpty(b.Username) ? "" : Uri.EscapeDataString(b.Username) + "@";
        var parameters = new List<string>();
        if (b.SslMode != SslMode.Prefer)
            parameters.Add("sslmode=" + b.SslMode.ToString().ToLowerInvariant().Replace("verifyca", "verify-ca").Replace("verifyfull", "verify-full"));
        if (!string.IsNullOrEmpty(b.SearchPath))
            parameters.Add("search_path=" + Uri.EscapeDataString(b.SearchPath));
        var query = parameters.Count == 0 ? "" : "?" + string.Join("&", parameters);
        return $"postgresql://{user}{b.Host}:{b.Port.ToString(CultureInfo.InvariantCulture)}/{b.Database}{query}";
    }

    /// <summary>A server or driver message with any password it might quote taken out.</summary>
    public string Scrub(string message) => Scrub(message, Builder.Password);

    // The run-wide redactor masks every known secret (tokens, keys) but ignores values too short to be told from words;
    // a database password may be that short, and this message is known to be about it.
    private static string Scrub(string message, string? secret) =>
        Engine.Secrets.SecretRedactor.Redact(string.IsNullOrEmpty(secret) ? message : message.Replace(secret, "***", StringComparison.Ordinal))!;
}
