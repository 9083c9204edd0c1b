# SPDX-License-Identifier: GPL-3.0-or-later
# tests of the vault-wide views: likely duplicate tasks, the people directory, the decision log
vaultview_add_test(tst_textsimilarity)
vaultview_add_test(tst_duplicatefinder)
vaultview_add_test(tst_peopledirectory)
vaultview_add_test(tst_decisionlog)
vaultview_add_test(tst_ownerwriter)
