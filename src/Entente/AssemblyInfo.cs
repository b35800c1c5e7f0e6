// Stack buffers in the hot scanners are always written before read; skip zeroing them.
[module: System.Runtime.CompilerServices.SkipLocalsInit]
