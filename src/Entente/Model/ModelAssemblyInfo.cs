// The model's internals (Louvain, the table of proposal words) are tested directly.
[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Entente.Tests")]
