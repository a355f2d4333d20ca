using System.Globalization;
using System.Text;
using System.Text.Json;
using CaseFlow.Grains.Forms;
using CaseFlow.Grains.Identity;
using CaseFlow.Workflows.Forms;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace CaseFlow.Api.Forms;

/// <summary>form-js forms as deployable, versioned resources: <c>/api/forms</c> (docs/forms.md).</summary>
/// <remarks>
/// Anyone signed in reads forms (a caseworker's console renders them); supervisors, directors and admins deploy.
/// A deploy checks the schema first and stores nothing when it has a problem, naming each one by JSON path.
/// </remarks>
public static class FormsApi
{
    private const string Tag = "Forms";

    public static RouteGroupBuilder MapFormsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("api/forms").WithTags(Tag);
        group.MapGet("/", ListAsync).WithName("ListForms").WithSummary("Every deployed form key with its latest version");
        group.MapPost("/{key}", DeployAsync).WithName("DeployForm").WithSummary("Deploy a form-js schema as the key's next version");
        group.MapPut("/{key}", DeployAsync).WithName("PutForm").WithSummary("Deploy a form-js schema as the key's next version (same as POST)");
        group.MapGet("/{key}", GetLatestAsync).WithName("GetForm").WithSummary("The latest version of a form with its schema");
        group.MapGet("/{key}/versions", GetVersionsAsync).WithName("GetFormVersions").WithSummary("Every version of a form, newest first");
        group.MapGet("/{key}/versions/{version:int}", GetVersionAsync).WithName("GetFormVersion").WithSummary("One version of a form with its schema");
        return group;
    }

    /// <summary>201 with a new version; 200 with the latest when nothing changed; 422 naming each problem.</summary>
    public static async Task<Results<Created<FormVersionResponse>, Ok<FormVersionResponse>, ProblemHttpResult>> DeployAsync(
        string key, DeployFormRequest request, FormStore store, TimeProvider time, ILoggerFactory loggers, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(loggers);
        ArgumentNullException.ThrowIfNull(http);
        if (!(http.User.IsInRole(Roles.Supervisor) || http.User.IsInRole(Roles.Director) || http.User.IsInRole(Roles.Admin)))
        {
            return FormProblems.Forbidden();
        }

        if (!FormKeys.IsKey(key))
        {
            return FormProblems.Invalid(FormErrorCodes.KeyInvalid, "A form key is a letter followed by up to 99 letters, digits, _, . or -.",
                [new FormIssue("key", FormErrorCodes.KeyInvalid, "A form key is a letter followed by up to 99 letters, digits, _, . or -.")]);
        }

        var issues = new List<FormIssue>();
        var name = request?.Name?.Trim();
        if (name is { Length: 0 or > 200 })
        {
            issues.Add(new FormIssue("name", FormIssueCodes.Length, "A name has 1 to 200 characters."));
        }

        if (request?.Schema is not { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } schema)
        {
            issues.Add(new FormIssue("schema", FormIssueCodes.Required, "The form-js schema is required."));
            return FormProblems.Invalid(FormErrorCodes.SchemaInvalid, "The form cannot be deployed.", issues);
        }

        issues.AddRange(FormSchemaChecker.Check(schema));
        if (issues.Count > 0)
        {
            return FormProblems.Invalid(FormErrorCodes.SchemaInvalid, "The form cannot be deployed.", issues);
        }

        var text = JsonSerializer.Serialize(schema);
        if (Encoding.UTF8.GetByteCount(text) > FormStore.MaxSchemaBytes)
        {
            return FormProblems.Invalid(FormErrorCodes.SchemaTooLarge, "The schema is larger than 256 KiB.",
                [new FormIssue("schema", FormErrorCodes.SchemaTooLarge, "The schema is larger than 256 KiB.")]);
        }

        var actor = http.User.Identity?.Name ?? "anonymous";
        var (form, created) = await store.DeployAsync(key, name, text, actor, time.GetUtcNow(), cancellationToken);
        FormsLog.Deployed(loggers.CreateLogger(typeof(FormsApi)), key, form.Version, created, actor);
        var body = FormVersionResponse.From(form);
        return created
            ? TypedResults.Created(string.Create(CultureInfo.InvariantCulture, $"/api/forms/{key}/versions/{form.Version}"), body)
            : TypedResults.Ok(body);
    }

    public static async Task<Ok<FormList>> ListAsync(FormStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var forms = await store.ListLatestAsync(cancellationToken);
        return TypedResults.Ok(new FormList([.. forms.Select(f => new FormSummary(f.Key, f.Name, f.Version, f.DeployedBy, f.DeployedAt.ToUniversalTime()))]));
    }

    public static async Task<Results<Ok<FormVersionResponse>, ProblemHttpResult>> GetLatestAsync(string key, FormStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return await store.GetAsync(key, null, cancellationToken) is { } form ? TypedResults.Ok(FormVersionResponse.From(form)) : FormProblems.NotFound();
    }

    public static async Task<Results<Ok<FormVersionResponse>, ProblemHttpResult>> GetVersionAsync(string key, int version, FormStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return await store.GetAsync(key, version, cancellationToken) is { } form ? TypedResults.Ok(FormVersionResponse.From(form)) : FormProblems.NotFound();
    }

    public static async Task<Results<Ok<FormVersionList>, ProblemHttpResult>> GetVersionsAsync(string key, FormStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var versions = await store.VersionsAsync(key, cancellationToken);
        return versions.Count == 0
            ? FormProblems.NotFound()
            : TypedResults.Ok(new FormVersionList(key, [.. versions.Select(v => new FormVersionSummary(v.Version, v.Name, v.Checksum, v.DeployedBy, v.DeployedAt.ToUniversalTime()))]));
    }
}
