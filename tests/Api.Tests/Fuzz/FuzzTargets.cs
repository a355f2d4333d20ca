namespace CaseFlow.Api.Tests.Fuzz;

/// <summary>Real resources the malformed requests aim at, so they get past "not found" to the body and file checks:
/// a person, an open task the fuzzing supervisor may work on, another that only receives attachments (so the commands,
/// which may complete the first, never close it), and a petition.</summary>
internal sealed record FuzzTargets(string PersonId, string TaskId, string AttachmentTaskId, string PetitionId);
