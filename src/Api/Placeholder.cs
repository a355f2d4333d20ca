namespace CaseFlow.Api;
internal static class Placeholder;
