using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts;
using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.Engine.Evaluation;

/// <summary>
/// One result: a rule, a resource, its outcome and the observed values that decided it (Roslyn's
/// <c>Diagnostic</c>). Observed values and the message are computed on first use, so a million passes cost
/// a reference each, not a dictionary each.
/// </summary>
public sealed class Finding
{
    private readonly IComplianceRule? _rule;
    private IReadOnlyDictionary<string, object?>? _observed;
    private string? _message;

    internal Finding(IComplianceRule? rule, RuleDescriptor descriptor, Fact? subject, ResourceRef resource,
        Outcome outcome, IReadOnlyDictionary<string, object?>? observed = null, string? reason = null)
    {
        _rule = rule;
        Descriptor = descriptor;
        Subject = subject;
        Resource = resource;
        Outcome = outcome;
        _observed = observed;
        Reason = reason;
    }

    public RuleDescriptor Descriptor { get; }
    public string RuleId => Descriptor.Id;

    /// <summary>The fact the result is about; null for a source-level Error that stands for many facts.</summary>
    public Fact? Subject { get; }
    public ResourceRef Resource { get; }
    public Outcome Outcome { get; internal set; }

    /// <summary>For Error and NotApplicable: why. For a Fail decided although some data was missing: what was missing.</summary>
    public string? Reason { get; }

    /// <summary>The waiver that turned a failure into <see cref="Outcome.Waived"/>, or an expired one that did not.</summary>
    public Waiver? Waiver { get; internal set; }

    public IReadOnlyDictionary<string, object?> Observed =>
        _observed ??= Subject is not null && _rule is not null ? _rule.Observe(Subject) : new Dictionary<string, object?>();

    public string Message => _message ??= BuildMessage();

    /// <summary>The concrete fix for a failing resource; null for other outcomes.</summary>
    public string? Remediation =>
        Outcome is Outcome.Fail or Outcome.Waived && Subject is not null && _rule is not null ? _rule.Remediation(Subject) : null;

    /// <summary>The fix as one short command to paste, for a failing resource whose rule has one; null otherwise.</summary>
    public string? Command =>
        Outcome is Outcome.Fail or Outcome.Waived && Subject is not null && _rule is not null ? _rule.Command(Subject) : null;

    private string BuildMessage() => Outcome switch
    {
        Outcome.Fail or Outcome.Waived when Reason is not null =>
            $"{MessageFormatter.Format(Descriptor.PartialFailMessageFormat ?? Descriptor.MessageFormat, Resource, Observed)} (Decided on partial data: {Reason}.)",
        Outcome.Fail or Outcome.Waived => MessageFormatter.Format(Descriptor.MessageFormat, Resource, Observed),
        Outcome.Pass => MessageFormatter.Format(Descriptor.PassMessageFormat, Resource, Observed),
        Outcome.NotApplicable => $"Not applicable to {Resource.DisplayName}: {Reason}",
        _ => $"Could not evaluate {Descriptor.Id} for {Resource.DisplayName}: {Reason}",
    };
}
