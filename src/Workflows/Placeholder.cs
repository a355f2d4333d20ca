namespace CaseFlow.Workflows;
internal static class Placeholder;
