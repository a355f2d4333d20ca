using System.Collections.Immutable;
using System.Text;
using CaseFlow.Api.Common;
using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.Processes;
using CaseFlow.Grains.Processes;
using CaseFlow.Grains.Processes.ReadModel;
using CaseFlow.Workflows.Parsing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CaseFlow.Api.Processes;

/// <summary>Process definitions over HTTP: <c>/api/processes</c> (BPMN.md R80–R81).</summary>
/// <remarks>
/// <para>
/// A deploy takes one BPMN file, as the XML body or the <c>file</c> part of a multipart form. It is validated here
/// first, so a file with any error stores nothing and the answer lists every diagnostic; then the whole file goes to
/// the grain of each executable process key, which stores it as that key's next version.
/// </para>
/// <para>
/// Commands and per-key reads go to the grain, so a caller always sees its own write; the list of keys reads the read
/// model.
/// </para>
/// </remarks>
public static class ProcessesApi
{
    private const string Tag = "Processes";

    public static RouteGroupBuilder MapProcessesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("api/processes").WithTags(Tag);
        group.MapPost("/", DeployAsync).WithName("DeployProcess").WithSummary("Deploy a BPMN file as new draft versions")
            .Accepts<string>("application/xml", "text/xml", "multipart/form-data");
        group.MapPost("/validate", ValidateAsync).WithName("ValidateProcess").WithSummary("Validate a BPMN file without storing it")
            .Accepts<string>("application/xml", "text/xml", "multipart/form-data");
        group.MapGet("/", ListAsync).WithName("ListProcesses").WithSummary("List process keys from the read model");
        group.MapGet("/{key}/versions", GetVersionsAsync).WithName("GetProcessVersions").WithSummary("List the versions of a process");
        group.MapGet("/{key}/versions/{version:int}/xml", GetXmlAsync).WithName("GetProcessXml").WithSummary("Read the BPMN XML of a version");
        group.MapPost("/{key}/versions/{version:int}/publish", PublishAsync).WithName("PublishProcessVersion").WithSummary("Publish a version");
        group.MapPost("/{key}/versions/{version:int}/unpublish", UnpublishAsync).WithName("UnpublishProcessVersion").WithSummary("Retire a published version");
        return group;
    }

    /// <summary>201 with the stored versions; 200 when every key was unchanged; 422 MODEL_INVALID; 413 over the size limit.</summary>
    public static async Task<Results<Created<DeployResponse>, Ok<DeployResponse>, ProblemHttpResult>> DeployAsync(
        HttpContext http, [AsParameters] ProcessServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(services);
        var upload = await ProcessFileReader.ReadAsync(http.Request, cancellationToken);
        if (Refusal(upload) is { } refused)
        {
            return refused;
        }

        var parsed = BpmnParser.Parse(upload.Bytes!, ProcessParsing.Options);
        var diagnostics = ToDiagnostics(parsed.Diagnostics);
        if (parsed.HasErrors)
        {
            return ProcessProblems.Invalid(diagnostics);
        }

        var command = new DeployProcess(ActorOf(http), ProcessFileText.Decode(upload.Bytes!));
        var deployed = new List<DeployedProcessResponse>();
        foreach (var key in ExecutableKeys(parsed))
        {
            // Keys deploy one after another: a later key's failure leaves the earlier keys' versions stored, which
            // is harmless (a redeploy flags them unchanged) and rare, since the file was validated above.
            var result = await services.Grains.GetGrain<IProcessDefinitionGrain>(key).DeployAsync(command);
            if (result.Version is not { } version)
            {
                return ProcessProblems.From(result.Error ?? Unexpected(), result.Diagnostics);
            }

            deployed.Add(new DeployedProcessResponse(key, version.Version, version.Status, result.Unchanged));
        }

        var response = new DeployResponse(deployed, diagnostics);
        return deployed.TrueForAll(d => d.Unchanged)
            ? TypedResults.Ok(response)
            : TypedResults.Created(VersionsPath(deployed[0].Key), response);
    }

    /// <summary>200 with <c>valid</c> and every diagnostic; nothing is stored.</summary>
    public static async Task<Results<Ok<ValidateResponse>, ProblemHttpResult>> ValidateAsync(HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var upload = await ProcessFileReader.ReadAsync(http.Request, cancellationToken);
        if (Refusal(upload) is { } refused)
        {
            return refused;
        }

        var parsed = BpmnParser.Parse(upload.Bytes!, ProcessParsing.Options);
        return TypedResults.Ok(new ValidateResponse(!parsed.HasErrors, ExecutableKeys(parsed), ToDiagnostics(parsed.Diagnostics)));
    }

    public static async Task<Ok<IReadOnlyList<ProcessSummary>>> ListAsync([AsParameters] ProcessServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        return TypedResults.Ok(await services.Queries.ListAsync(cancellationToken));
    }

    public static async Task<Results<Ok<ImmutableArray<ProcessVersionView>>, ProblemHttpResult>> GetVersionsAsync(string key, [AsParameters] ProcessServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var result = await services.Grains.GetGrain<IProcessDefinitionGrain>(key).GetVersionsAsync();
        return result.Error is { } error ? ApiProblems.From(error) : TypedResults.Ok(result.Versions);
    }

    /// <summary>The XML as deployed, served as UTF-8 (the charset parameter overrides a UTF-16 declaration).</summary>
    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetXmlAsync(string key, int version, [AsParameters] ProcessServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var result = await services.Grains.GetGrain<IProcessDefinitionGrain>(key).GetXmlAsync(version);
        return result.Xml is { } xml ? TypedResults.Text(xml, "application/xml", Encoding.UTF8) : ApiProblems.From(result.Error ?? Unexpected());
    }

    /// <summary>200 with the version and any BPMN602 warnings; 422 MODEL_INVALID with the diagnostics (BPMN601 among them).</summary>
    /// <remarks>The grain runs the cross-key checks of R81, so every way of publishing is checked alike.</remarks>
    public static async Task<Results<Ok<PublishResponse>, ProblemHttpResult>> PublishAsync(
        string key, int version, [AsParameters] ProcessServices services, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var result = await services.Grains.GetGrain<IProcessDefinitionGrain>(key).PublishAsync(version, ActorOf(http));
        return result.Version is { } view
            ? TypedResults.Ok(PublishResponse.From(view, result.Diagnostics))
            : ProcessProblems.From(result.Error ?? Unexpected(), result.Diagnostics);
    }

    public static async Task<Results<Ok<ProcessVersionView>, ProblemHttpResult>> UnpublishAsync(
        string key, int version, [AsParameters] ProcessServices services, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var result = await services.Grains.GetGrain<IProcessDefinitionGrain>(key).UnpublishAsync(version, ActorOf(http));
        return result.Version is { } view ? TypedResults.Ok(view) : ApiProblems.From(result.Error ?? Unexpected());
    }

    private static ProblemHttpResult? Refusal(ProcessUpload upload) =>
        upload.Problem ?? (upload.TooLarge ? ProcessProblems.TooLarge() : null);

    private static ImmutableArray<ProcessDiagnostic> ToDiagnostics(IEnumerable<CaseFlow.Workflows.Diagnostics.Diagnostic> diagnostics) =>
        [.. diagnostics.Select(ProcessDiagnostic.From)];

    private static string[] ExecutableKeys(CaseFlow.Workflows.Model.BpmnParseResult parsed) =>
        [.. (parsed.Definitions?.ExecutableProcesses ?? []).Select(p => p.Key).Distinct(StringComparer.Ordinal)];

    private static string VersionsPath(string key) => "/api/processes/" + Uri.EscapeDataString(key) + "/versions";

    private static string ActorOf(HttpContext http) =>
        http.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : "anonymous";

    // A grain result carries either a value or an error; this only guards against a contract bug.
    private static DomainError Unexpected() =>
        DomainError.Simple(DomainErrorCodes.ValidationFailed, "The request could not be processed.");
}
