using System.Text.Json;
using CaseFlow.Grains.Forms;

namespace CaseFlow.Api.Forms;

/// <summary>One deployed version of a form with its form-js schema.</summary>
public sealed record FormVersionResponse(string Key, int Version, string Name, JsonElement Schema, string Checksum, string DeployedBy, DateTimeOffset DeployedAt)
{
    public static FormVersionResponse From(StoredForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        using var schema = JsonDocument.Parse(form.SchemaJson ?? "{}");
        return new(form.Key, form.Version, form.Name, schema.RootElement.Clone(), form.Checksum, form.DeployedBy, form.DeployedAt.ToUniversalTime());
    }
}

/// <summary>A form key with its latest version, in the list of forms.</summary>
public sealed record FormSummary(string Key, string Name, int LatestVersion, string DeployedBy, DateTimeOffset DeployedAt);

/// <summary>Every deployed form key.</summary>
public sealed record FormList(IReadOnlyList<FormSummary> Items);

/// <summary>One version in a key's version list (without its schema).</summary>
public sealed record FormVersionSummary(int Version, string Name, string Checksum, string DeployedBy, DateTimeOffset DeployedAt);

/// <summary>Every version of one key, newest first.</summary>
public sealed record FormVersionList(string Key, IReadOnlyList<FormVersionSummary> Items);
