namespace CaseFlow.Grains.Contracts.Processes;

/// <summary>Deploys one BPMN file to the grain of one of its executable process keys.</summary>
/// <remarks>
/// The whole file travels, not an extract: a file with several executable processes is sent to each key's grain,
/// and each stores it as that key's version, so shared messages and diagrams stay intact.
/// </remarks>
/// <param name="Actor">Who deploys: the authenticated user name, or "anonymous".</param>
/// <param name="Xml">The file's text, decoded; at most the parser's size limit.</param>
[GenerateSerializer, Immutable, Alias("caseflow.deploy-process")]
public sealed record DeployProcess(
    [property: Id(0)] string Actor,
    [property: Id(1)] string Xml)
{
    // Records print every member by default; a log line must never carry a 4 MiB file.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Actor = ").Append(Actor).Append(", XmlLength = ").Append(Xml?.Length ?? 0);
        return true;
    }
}
