/**
 * Hands a file the API answered (`parseAs: "blob"`: a CSV export, a PDF statement) to the browser
 * as a download named `filename`. Such files come through the API client, which sends the
 * session's headers, so a plain link to the API cannot fetch them. The link is placed in `within`
 * (the page's shadow root) for the click, as some browsers download only from a connected link.
 */
export function saveFile(blob: Blob, filename: string, within: ParentNode): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  within.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
