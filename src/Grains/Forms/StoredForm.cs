namespace CaseFlow.Grains.Forms;

/// <summary>One deployed version of a form-js form (docs/forms.md).</summary>
/// <param name="Key">What <c>camunda:formRef</c> names.</param>
/// <param name="Version">1, 2, … per key, in deploy order.</param>
/// <param name="Name">A display name.</param>
/// <param name="SchemaJson">The form-js schema as stored (compact JSON); null in listings that leave it out.</param>
/// <param name="Checksum">SHA-256 hex of the stored schema text.</param>
/// <param name="DeployedBy">Who deployed it.</param>
/// <param name="DeployedAt">When.</param>
[GenerateSerializer, Immutable, Alias("caseflow.stored-form")]
public sealed record StoredForm(
    [property: Id(0)] string Key,
    [property: Id(1)] int Version,
    [property: Id(2)] string Name,
    [property: Id(3)] string? SchemaJson,
    [property: Id(4)] string Checksum,
    [property: Id(5)] string DeployedBy,
    [property: Id(6)] DateTimeOffset DeployedAt);
