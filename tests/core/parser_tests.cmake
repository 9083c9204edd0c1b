# SPDX-License-Identifier: GPL-3.0-or-later
# tests of the parsing classes
vaultview_add_test(tst_mojibake)
vaultview_add_test(tst_frontmatter)
vaultview_add_test(tst_simpleyaml)
vaultview_add_test(tst_tagscanner)
vaultview_add_test(tst_names)
vaultview_add_test(tst_tasklineparser)
vaultview_add_test(tst_noteparser)
vaultview_add_test(tst_agreement)
vaultview_add_test(tst_parserfuzz)
vaultview_add_test(tst_bodyparser)
vaultview_add_test(tst_obsidiancomments)
