using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.AccessControl;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.AccessControl;

public sealed class PendingGuestInvitationRuleTests
{
    private static EntraUser Guest(string? state, int invitedDaysAgo) => Some.User() with
    {
        UserType = "Guest", ExternalUserState = state, CreatedDateTime = Some.Now.AddDays(-invitedDaysAgo),
    };

    [Theory]
    [InlineData(29, true)]
    [InlineData(30, false)]
    public void Pending_invitation_fails_exactly_at_pending_invitation_days(int days, bool passes)
    {
        var guest = Guest("PendingAcceptance", days);

        RuleVerifier.Verify(new PendingGuestInvitationRule(), SomeSnapshot.With(guest), passes ? Pass(guest.Id) : Fail(guest.Id));
    }

    [Fact]
    public void Accepted_invitation_passes_however_old()
    {
        var guest = Guest("Accepted", 400);

        RuleVerifier.Verify(new PendingGuestInvitationRule(), SomeSnapshot.With(guest), Pass(guest.Id));
    }

    [Fact]
    public void Limit_is_a_parameter_and_the_fix_names_the_guest()
    {
        var guest = Guest("PendingAcceptance", 10);
        var config = ComplianceConfig.Default with
        {
            RuleParameterValues = new Dictionary<string, IReadOnlyDictionary<string, object>>
            {
                ["ENT-ID-03"] = new Dictionary<string, object> { ["pendingInvitationDays"] = 7 },
            },
        };

        var finding = RuleVerifier.Verify(new PendingGuestInvitationRule(), SomeSnapshot.With(guest), config, Fail(guest.Id)).Findings.Single();

        finding.Observed["daysSinceInvitation"].ShouldBe(10);
        finding.Remediation!.ShouldContain($"Remove-MgUser -UserId '{guest.Id}'");
    }

    [Fact]
    public void Members_and_guests_not_created_by_invitation_are_out_of_scope()
    {
        var member = Some.User();
        var notInvited = Guest(null, 400);

        RuleVerifier.Verify(new PendingGuestInvitationRule(), SomeSnapshot.With(member, notInvited), RuleNotApplicable("no resource is in scope (2 out of scope)"));
    }

    [Fact]
    public void Pending_guest_without_a_creation_date_is_an_error()
    {
        var guest = Guest("PendingAcceptance", 0) with { CreatedDateTime = null };

        RuleVerifier.Verify(new PendingGuestInvitationRule(), SomeSnapshot.With(guest), Error(guest.Id, "creation date was not reported"));
    }

    [Fact]
    public void Users_not_collected_give_one_error_for_the_tenant()
    {
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraUsers, "503 after 3 retries");

        RuleVerifier.Verify(new PendingGuestInvitationRule(), SomeSnapshot.With(sources, Guest("PendingAcceptance", 90)), Error(Some.EntraSource, "503 after 3 retries"));
    }
}
