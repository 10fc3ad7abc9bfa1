using System.Security.Cryptography;
using System.Text;
using ComplianceEngine.Reports.Tests.TestSupport;

namespace ComplianceEngine.Reports.Tests.Integrity;

/// <summary>A temporary output folder written by <see cref="ReportSet"/>, optionally signed with a fresh P-256 key.</summary>
public sealed class SignedRun : IDisposable
{
    public static readonly byte[] SnapshotBytes = Encoding.UTF8.GetBytes("{\"formatVersion\":1,\"collectedAt\":\"2026-11-25T02:00:00Z\"}\n");

    public SignedRun(bool signed = true)
    {
        Key = signed ? ECDsa.Create(ECCurve.NamedCurves.nistP256) : null;
        Write();
    }

    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("reports-integrity-").FullName;
    public ECDsa? Key { get; }

    public IReadOnlyList<WrittenFile> Write(string runId = "run-0001") =>
        ReportSet.WriteAll(Some.Scenario(), Some.Run(runId), SnapshotBytes, Directory, new ReportOptions { SigningKey = Key });

    public string PathOf(string name) => Path.Combine(Directory, name);

    /// <summary>The public half only, as a verifier would hold it.</summary>
    public ECDsa PublicKey()
    {
        var key = ECDsa.Create();
        key.ImportFromPem(Key!.ExportSubjectPublicKeyInfoPem());
        return key;
    }

    public void FlipByte(string name, int? at = null)
    {
        var bytes = File.ReadAllBytes(PathOf(name));
        var index = at ?? bytes.Length / 2;
        bytes[index] ^= 0x01;
        File.WriteAllBytes(PathOf(name), bytes);
    }

    public void Dispose()
    {
        Key?.Dispose();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
