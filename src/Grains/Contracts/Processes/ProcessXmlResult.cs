namespace CaseFlow.Grains.Contracts.Processes;

/// <summary>The XML of one version as deployed, or why there is none.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.process-xml-result")]
public sealed record ProcessXmlResult(
    [property: Id(0)] string? Xml,
    [property: Id(1)] DomainError? Error)
{
    // A version's XML can be megabytes; printing the record must not dump it.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("XmlLength = ").Append(Xml?.Length ?? 0).Append(", Error = ").Append(Error?.Code);
        return true;
    }
}
