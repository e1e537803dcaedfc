namespace Benchmarking.Engine.Text;

/// <summary>How complaint detection did on a labelled file (<see cref="TextModels.EvaluateComplaints"/>).</summary>
/// <param name="Evaluation">Complaint precision, recall, F1 and the true and detected shares.</param>
/// <param name="Skipped">Rows of the file not evaluated (filtered out or without a label), counted.</param>
public sealed record ComplaintCheck(ComplaintEvaluation Evaluation, int Skipped);
