using System.Diagnostics;
using Azure.Core;
using ComplianceEngine.Collectors.Auth;
using ComplianceEngine.Collectors.Entra.Internal;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Serilog;

namespace ComplianceEngine.Collectors.Entra;

/// <summary>
/// Collects one Microsoft Entra tenant through Microsoft Graph: users with sign-in activity, MFA registration,
/// directory roles, PIM schedules and Global Administrator's PIM activation setting, organization, security
/// defaults and conditional access. Endpoints are read concurrently; every dataset is listed in the source status
/// with its item count, and a failing endpoint marks its dataset partial or failed with the reason instead of throwing.
/// A user the MFA registration report leaves out is an item gap of that dataset, not a gap in everyone's data.
/// </summary>
public sealed class EntraCollector(EntraSource source, EntraCollectorOptions options, ILogger log) : ISourceCollector
{
    private readonly ILogger _log = log.ForContext("SourceId", source.SourceId);
    private TokenCredential? _credential;
    private Func<CancellationToken, Task<IReadOnlyCollection<string>>>? _azureRoleGroups;

    public EntraSource Source => source;
    public string SourceId => source.SourceId;

    /// <summary>Uses this credential instead of the one the source's auth options describe.</summary>
    internal EntraCollector WithCredential(TokenCredential credential)
    {
        _credential = credential;
        return this;
    }

    /// <summary>
    /// Also reads the members of the groups holding Azure role assignments in this tenant (<c>entra.groupMembers</c>),
    /// whose ids the orchestration gives once the Azure sources are collected. Without it the dataset is not collected.
    /// </summary>
    public EntraCollector WithAzureRoleGroups(Func<CancellationToken, Task<IReadOnlyCollection<string>>> groupIds)
    {
        _azureRoleGroups = groupIds;
        return this;
    }

    public async Task<SourceCollection> CollectAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        var counter = new RequestCounter();
        GraphServiceClient graph;
        try
        {
            graph = GraphClientBuilder.Create(source, options, AzureCredentials.Redacted(_credential ?? AzureCredentials.Create(source.Auth, options.Environment)), counter);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            _log.Error("Entra {SourceId}: cannot authenticate: {Reason}", SourceId, ex.Message);
            return new SourceCollection(Status(CollectionState.Failed, $"cannot authenticate: {ex.Message}", [], null), new SnapshotFacts());
        }

        using (graph)
        {
            var reader = new EndpointReader(_log, options);
            var usersTask = new UserReader(graph, reader, source).ReadAsync(cancellationToken);
            var mfaTask = reader.ReadAllAsync<UserRegistrationDetailsCollectionResponse, (string UserId, MfaRegistration Mfa)>("userRegistrationDetails",
                graph.RequestAdapter, next => next is null
                    ? graph.Reports.AuthenticationMethods.UserRegistrationDetails.ToGetRequestInformation()
                    : graph.Reports.AuthenticationMethods.UserRegistrationDetails.WithUrl(next).ToGetRequestInformation(),
                UserRegistrationDetailsCollectionResponse.CreateFromDiscriminatorValue,
                page => page.Value?.Select(UserFactBuilder.MfaOf).OfType<(string, MfaRegistration)>(), cancellationToken);
            var groups = new GroupMemberCache(graph, reader, options.GroupExpansionConcurrency);
            var rolesTask = new RoleReader(graph, reader, groups, _log).ReadAsync(cancellationToken);
            var tenantTask = new TenantReader(graph, reader).ReadAsync(source, cancellationToken);
            var settingsTask = new SettingsReader(graph, reader).ReadAsync(cancellationToken);
            var azureGroupsTask = _azureRoleGroups is null
                ? Task.FromResult<(IReadOnlyList<EntraGroup> Groups, DatasetStatus Status)?>(null)
                : new AzureGroupReader(graph, reader, groups, source, _log).ReadAsync(_azureRoleGroups, cancellationToken);
            await Task.WhenAll(usersTask, mfaTask, rolesTask, tenantTask, settingsTask);

            var (users, signInGap) = usersTask.Result;
            var mfa = mfaTask.Result;
            var roles = rolesTask.Result;
            var tenant = tenantTask.Result;
            var settings = settingsTask.Result;
            var (policies, exclusionFailure) = await ExclusionResolver.ResolveAsync(tenant.Tenant.ConditionalAccessPolicies, users.Items, groups, cancellationToken);
            // A tenant whose PIM answered 403 (no P2, no permission) would refuse PIM for Groups too: not asked again per group.
            var groupPim = roles.PimAvailable == false
                ? new GroupPimRead(null, 0, null)
                : await new GroupPimReader(graph, reader, groups).ReadAsync(roles.Book, cancellationToken);
            var pim = LateGaps.GroupPim(roles.Pim, groupPim);
            var conditionalAccess = LateGaps.Exclusions(tenant.ConditionalAccess, policies, exclusionFailure, users.Failure);
            var userFacts = UserFactBuilder.Build(users.Items, mfa.IsComplete ? mfa.Items : null, roles.Book);
            var azureGroups = await azureGroupsTask;

            List<DatasetStatus> datasets =
            [
                Gaps.Dataset(Datasets.EntraUsers, users.Items.Count, Permissions.Users, users.Failure),
                Gaps.Dataset(Datasets.EntraSignInActivity, users.Items.Count(u => u.SignIn is not null), Permissions.SignIn, signInGap),
                RegistrationGaps.Of(Gaps.Dataset(Datasets.EntraMfaRegistration, mfa.Items.Count, Permissions.Mfa, mfa.Failure), userFacts),
                roles.DirectoryRoles,
                pim,
                roles.PimPolicies,
                tenant.Organization,
                tenant.SecurityDefaults,
                conditionalAccess,
                tenant.AuthenticationStrengths,
                tenant.SubscribedSkus,
                .. settings.Datasets,
                .. azureGroups is { } read ? [read.Status] : Array.Empty<DatasetStatus>(),
            ];
            var (state, reason) = Summarise(datasets);
            // Endpoint failures were logged where they happened; items a complete endpoint left out are said here, once.
            foreach (var dataset in datasets.Where(d => d.Gaps.Count > 0))
                _log.Warning("Entra {SourceId}: {Dataset} is {DatasetState}: {Reason}", SourceId, dataset.Name, dataset.Status, dataset.Reason);
            _log.Information("Entra {SourceId}: {Users} users, {Datasets} datasets ({State}), {HttpRequests} HTTP requests in {DurationMs} ms",
                SourceId, userFacts.Count, datasets.Count, state, counter.Count, started.ElapsedMilliseconds);
            return new SourceCollection(
                Status(state, reason, [.. datasets.OrderBy(d => d.Name, StringComparer.Ordinal)], tenant.Tenant.DisplayName),
                new SnapshotFacts
                {
                    EntraTenants =
                    [
                        tenant.Tenant with
                        {
                            ConditionalAccessPolicies = policies,
                            PimAvailable = roles.PimAvailable,
                            GlobalAdminActivationRequiresApproval = roles.GlobalAdminActivationRequiresApproval,
                            Authorization = settings.Authorization,
                            AuthenticationMethods = settings.AuthenticationMethods,
                            AdminConsent = settings.AdminConsent,
                            GroupSpecificConsentEnabled = settings.GroupSpecificConsentEnabled,
                            Domains = settings.Domains,
                            PimNotifications = roles.PimNotifications,
                            PimGroups = pim.Status == CollectionState.Complete ? groupPim.Groups : null,
                            ServicePrincipalRoles = roles.DirectoryRoles.Status == CollectionState.Complete ? roles.Book.ServicePrincipals : null,
                        },
                    ],
                    EntraUsers = userFacts,
                    EntraGroups = azureGroups?.Groups ?? [],
                });
        }
    }

    private static (CollectionState State, string? Reason) Summarise(IReadOnlyList<DatasetStatus> datasets)
    {
        var gaps = datasets.Where(d => d.Status != CollectionState.Complete).ToList();
        if (gaps.Count == 0)
            return (CollectionState.Complete, null);
        var state = gaps.Count == datasets.Count && gaps.All(g => g.Status == CollectionState.Failed)
            ? CollectionState.Failed
            : CollectionState.Partial;
        var reasons = gaps.GroupBy(g => g.Reason, StringComparer.Ordinal)
            .Select(g => $"{string.Join(", ", g.Select(d => d.Name))}: {g.Key}");
        return (state, $"{gaps.Count} of {datasets.Count} datasets incomplete: {string.Join("; ", reasons)}");
    }

    private SourceStatus Status(CollectionState state, string? reason, IReadOnlyList<DatasetStatus> datasets, string? displayName) => new()
    {
        Id = SourceId,
        Provider = "entra",
        Scope = source.TenantId,
        DisplayName = displayName,
        Status = state,
        Reason = reason,
        CollectedAt = DateTimeOffset.UtcNow,
        Endpoint = source.GraphEndpoint.ToString(),
        Datasets = datasets,
    };
}
