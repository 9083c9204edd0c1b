# SPDX-License-Identifier: GPL-3.0-or-later
# tests of the model classes that hold more than data
vaultview_add_test(tst_recurrence)
vaultview_add_test(tst_namematch)
