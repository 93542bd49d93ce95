namespace Participatie.Workflows.Http;

/// <summary>SendHttpRequest was not allowed (host not listed, internal address) or its response broke a limit (time, size).</summary>
public sealed class HttpSendRefusedException(string message, Exception? inner = null) : Exception(message, inner);
