using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using CaseFlow.Api.Tests.Processes;

namespace CaseFlow.Api.Tests.Auth;

/// <summary>Requests built from the node's route table for the tests that walk every endpoint: a concrete path for a
/// template and a body of the kind the endpoint takes.</summary>
public static partial class RouteTableRequests
{
    /// <summary>A 1×1 PNG: the smallest file the attachment check takes.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /// <summary>A request path for a route template: a number where the constraint wants one (int, long), so the route
    /// matches and the answer comes from the endpoint's own checks rather than a 404 from routing; "x1" elsewhere.</summary>
    public static string Concrete(string template) =>
        RouteParameter().Replace(template, m => NumericConstraint().IsMatch(m.Value) ? "1" : "x1");

    /// <summary>
    /// The body of <paramref name="endpoint"/> ("METHOD /template"): a valid BPMN file for deploy and validate, a PNG for
    /// attachments, an empty JSON object elsewhere. Routing answers a body of the wrong media type with 415 before any
    /// policy runs, so without these the rows would never reach the role check.
    /// </summary>
    public static HttpContent Body(string endpoint) => endpoint switch
    {
        "POST /api/processes/" or "POST /api/processes/validate" =>
            new StringContent(ProcessFixtures.WithFreshKeys("approval.bpmn", out _, "approval"), Encoding.UTF8, "application/xml"),
        "POST /api/tasks/{id}/attachments" => Attachment("scan.png"),
        _ => new StringContent("{}", Encoding.UTF8, "application/json"),
    };

    /// <summary>A multipart upload of <see cref="Png"/> under <paramref name="fileName"/>.</summary>
    public static MultipartFormDataContent Attachment(string fileName)
    {
        var file = new ByteArrayContent(Png);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    [GeneratedRegex(@":(int|long)\b")]
    private static partial Regex NumericConstraint();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
