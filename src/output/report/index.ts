// The offline HTML report of an output folder (charts come with the report issue).
export async function writeReport(dir: string): Promise<void> {
  void dir;
}
