. .\Get-DatabaseUrl.ps1
$images_dir = "G:\ml\coco\coco test2017\test2017"
$chosen = Get-ChildItem -File $images_dir `
| ForEach-Object { $_.FullName } `
| fzf --header "Pick images to index" --multi
$chosen | Set-Content files.txt
Write-Host "Indexing $(Get-Content files.txt | Measure-Object -Line) files."
cargo run -- --file-path-txt files.txt
