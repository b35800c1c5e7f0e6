Console.Error.WriteLine("entente: not yet wired");
return 1;
