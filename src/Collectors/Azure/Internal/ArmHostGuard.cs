using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ComplianceEngine.Collectors.Azure.Internal;

/// <summary>
/// The last line behind <see cref="ArmPager"/>'s own check: no request of the ARM pipeline or the typed client leaves for
/// a host other than the ARM endpoint, so the bearer token the pipeline attaches can never reach one.
/// </summary>
internal sealed class ArmHostGuard(Uri endpoint) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var uri = message.Request.Uri.ToUri();
        if (!IsArm(uri))
            throw new RequestFailedException($"refused to send a request outside the ARM endpoint ({uri.Host})");
    }

    public bool IsArm(Uri uri) =>
        Uri.Compare(uri, endpoint, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
}
