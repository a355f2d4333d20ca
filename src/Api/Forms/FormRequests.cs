using System.Text.Json;

namespace CaseFlow.Api.Forms;

/// <summary>Body of a form deploy: an optional display name and the form-js schema (docs/forms.md).</summary>
public sealed record DeployFormRequest(string? Name, JsonElement? Schema);
