-- XLA HLO text: *.hlo and *.hlo.txt (XLA dump *.txt files can be opened with :set filetype=hlo).
vim.filetype.add({
  extension = { hlo = "hlo" },
  pattern = { [".*%.hlo%.txt"] = "hlo" },
})
