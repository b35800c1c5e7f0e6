[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Entente.Tests")]
