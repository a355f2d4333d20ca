// Exists so WebApplicationFactory<Program> in the test projects can name the entry point of this top-level program.
public partial class Program;
