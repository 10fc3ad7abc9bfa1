namespace ComplianceEngine.Reports;

/// <summary>One file of an output set: its name in the output folder and how to write its bytes.</summary>
public sealed record OutputFile(string Name, Action<Stream> Write);

/// <summary>A file as written: name, SHA-256 (lower-case hex) and size in bytes.</summary>
public sealed record WrittenFile(string Name, string Sha256, long Size);
