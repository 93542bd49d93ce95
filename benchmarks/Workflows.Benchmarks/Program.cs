using Participatie.Workflows.Tooling;

// Same code path as the Host's `workflows bench` verb.
return await WorkflowsCli.RunAsync(["bench", .. args], Console.Out, Console.Error);
