using ComplianceEngine.Engine;
using ComplianceEngine.History.Internal.Postgres;
using Npgsql;

namespace ComplianceEngine.History.Tests;

/// <summary>Where the PostgreSQL history is, and that its password never reaches a message.</summary>
public sealed class PostgresLocationTests
{
    [Fact]
    public void A_url_gives_host_port_database_user_and_tls_options_and_is_shown_without_its_password()
    {
        var location = PostgresLocation.Parse("postgresql://scanner:s%40cret@db.example:6432/compliance?sslmode=verify-full&sslrootcert=/etc/ca.pem&search_path=history");

        var b = location.Builder;
        (b.Host, b.Port, b.Database, b.Username, b.Password).ShouldBe(("db.example", 6432, "compliance", "scanner", "s@cret"));
        b.SslMode.ShouldBe(SslMode.VerifyFull);
        b.RootCertificate.ShouldBe("/etc/ca.pem");
        location.HasPassword.ShouldBeTrue();
        location.Display.ShouldBe("postgresql://scanner@db.example:6432/compliance?sslmode=verify-full&search_path=history");
        location.Scrub("auth failed for s@cret").ShouldBe("auth failed for ***");
    }

    [Fact]
    public void Which_locations_name_a_server()
    {
        HistoryStore.IsServer("postgresql://h/db").ShouldBeTrue();
        HistoryStore.IsServer("postgres://h/db").ShouldBeTrue();
        HistoryStore.IsServer("Host=h;Database=db").ShouldBeTrue();
        HistoryStore.IsServer("/var/lib/compliance/history.db").ShouldBeFalse();
        HistoryStore.IsServer("hosts.db").ShouldBeFalse();
    }

    [Fact]
    public void An_unknown_url_parameter_or_sslmode_is_bad_input()
    {
        Should.Throw<InputException>(() => PostgresLocation.Parse("postgresql://h/db?sslmod=require")).Message.ShouldContain("unknown URL parameter 'sslmod'");
        Should.Throw<InputException>(() => PostgresLocation.Parse("postgresql://h/db?sslmode=always")).Message.ShouldContain("sslmode 'always'");
    }

    [Fact]
    public void An_unreachable_server_is_bad_input_without_the_password()
    {
        var error = Should.Throw<InputException>(() => HistoryStore.Open("postgresql://scanner:hunter2hunter2@127.0.0.1:1/compliance?connect_timeout=5"));

        error.Message.ShouldContain("postgresql://scanner@127.0.0.1:1/compliance: cannot use it as the run history");
        error.Message.ShouldNotContain("hunter2");
    }

    [PostgresFact]
    public void The_test_server_is_reachable_and_a_wrong_password_is_refused_without_echoing_it()
    {
        using (var t = new TestStore(StoreKind.Postgres))
            t.Open().Runs().ShouldBeEmpty();

        var url = Stores.Server!.Replace("://compliance@", "://compliance:not-the-password@", StringComparison.Ordinal);
        var error = Should.Throw<InputException>(() => HistoryStore.Open(url));
        error.Message.ShouldContain("28P01");
        error.Message.ShouldNotContain("not-the-password");
    }
}
