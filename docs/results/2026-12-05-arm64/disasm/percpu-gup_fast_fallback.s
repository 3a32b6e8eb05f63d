
/work/wt-eval/build/percpu/obj-eval-arm64/vmlinux:     file format elf64-littleaarch64


Disassembly of section .head.text:

Disassembly of section .text:

ffff80008013f414 <gup_fast_fallback>:
ffff80008013f414:	stp	x29, x30, [sp, #-208]!
ffff80008013f418:	mov	x4, x0
ffff80008013f41c:	mov	w0, #0xead4                	// #60116
ffff80008013f420:	mov	x29, sp
ffff80008013f424:	stp	x19, x20, [sp, #16]
ffff80008013f428:	movk	w0, #0xffe7, lsl #16
ffff80008013f42c:	stp	x21, x22, [sp, #32]
ffff80008013f430:	stp	x23, x24, [sp, #48]
ffff80008013f434:	stp	x25, x26, [sp, #64]
ffff80008013f438:	stp	x27, x28, [sp, #80]
ffff80008013f43c:	str	x3, [sp, #96]
ffff80008013f440:	str	x1, [sp, #152]
ffff80008013f444:	str	wzr, [sp, #196]
ffff80008013f448:	tst	w2, w0
ffff80008013f44c:	b.ne	ffff80008013f4ac <gup_fast_fallback+0x98>  // b.any
ffff80008013f450:	and	w0, w2, #0x80000
ffff80008013f454:	str	w0, [sp, #172]
ffff80008013f458:	mov	w19, w2
ffff80008013f45c:	tbz	w19, #19, ffff80008013f46c <gup_fast_fallback+0x58>
ffff80008013f460:	mrs	x0, sp_el0
ffff80008013f464:	ldr	x0, [x0, #984]
ffff80008013f468:	bl	ffff80008013d0d4 <mm_set_has_pinned_flag>
ffff80008013f46c:	sbfx	x23, x4, #0, #56
ffff80008013f470:	and	x23, x23, x4
ffff80008013f474:	and	x0, x23, #0xfffffffffffff000
ffff80008013f478:	str	x0, [sp, #104]
ffff80008013f47c:	ldr	x0, [sp, #152]
ffff80008013f480:	ldr	x1, [sp, #104]
ffff80008013f484:	lsl	x0, x0, #12
ffff80008013f488:	adds	x0, x1, x0
ffff80008013f48c:	str	x0, [sp, #128]
ffff80008013f490:	b.cs	ffff80008013f4d0 <gup_fast_fallback+0xbc>  // b.hs, b.nlast
ffff80008013f494:	ldr	x1, [sp, #128]
ffff80008013f498:	mov	x0, #0x1000000000000       	// #281474976710656
ffff80008013f49c:	cmp	x1, x0
ffff80008013f4a0:	b.ls	ffff80008013f4d8 <gup_fast_fallback+0xc4>  // b.plast
ffff80008013f4a4:	mov	w0, #0xfffffff2            	// #-14
ffff80008013f4a8:	b	ffff80008013f4b4 <gup_fast_fallback+0xa0>
ffff80008013f4ac:	brk	#0x800
ffff80008013f4b0:	mov	w0, #0xffffffea            	// #-22
ffff80008013f4b4:	ldp	x19, x20, [sp, #16]
ffff80008013f4b8:	ldp	x21, x22, [sp, #32]
ffff80008013f4bc:	ldp	x23, x24, [sp, #48]
ffff80008013f4c0:	ldp	x25, x26, [sp, #64]
ffff80008013f4c4:	ldp	x27, x28, [sp, #80]
ffff80008013f4c8:	ldp	x29, x30, [sp], #208
ffff80008013f4cc:	ret
ffff80008013f4d0:	mov	w0, #0xffffffb5            	// #-75
ffff80008013f4d4:	b	ffff80008013f4b4 <gup_fast_fallback+0xa0>
ffff80008013f4d8:	mrs	x0, sp_el0
ffff80008013f4dc:	ldr	x1, [x0, #984]
ffff80008013f4e0:	and	w0, w19, #0x80000
ffff80008013f4e4:	cbnz	w0, ffff80008013f700 <gup_fast_fallback+0x2ec>
ffff80008013f4e8:	str	wzr, [sp, #136]
ffff80008013f4ec:	mrs	x0, daif
ffff80008013f4f0:	str	x0, [sp, #176]
ffff80008013f4f4:	msr	daifset, #0x3
ffff80008013f4f8:	adrp	x0, ffff800080481000 <__perf_regs+0x268>
ffff80008013f4fc:	add	x0, x0, #0xab0
ffff80008013f500:	mov	x3, x0
ffff80008013f504:	str	x0, [sp, #160]
ffff80008013f508:	bl	ffff80008013c6f0 <__kern_my_cpu_offset>
ffff80008013f50c:	add	x2, x3, x0
ffff80008013f510:	ldr	x0, [x3, x0]
ffff80008013f514:	cmp	x1, x0
ffff80008013f518:	ccmp	x0, #0x1, #0x4, ne	// ne = any
ffff80008013f51c:	b.eq	ffff80008013f730 <gup_fast_fallback+0x31c>  // b.none
ffff80008013f520:	cmp	x0, #0x0
ffff80008013f524:	csinc	x1, x1, xzr, eq	// eq = none
ffff80008013f528:	prfm	pstl1strm, [x2]
ffff80008013f52c:	ldxr	x0, [x2]
ffff80008013f530:	stlxr	w3, x1, [x2]
ffff80008013f534:	cbnz	w3, ffff80008013f52c <gup_fast_fallback+0x118>
ffff80008013f538:	dmb	ish
ffff80008013f53c:	cset	w0, eq	// eq = none
ffff80008013f540:	str	w0, [sp, #168]
ffff80008013f544:	mrs	x0, sp_el0
ffff80008013f548:	ldr	x1, [x0, #984]
ffff80008013f54c:	mov	w20, #0x0                   	// #0
ffff80008013f550:	ldr	x0, [sp, #104]
ffff80008013f554:	ldr	x1, [x1, #104]
ffff80008013f558:	ldr	x23, [sp, #104]
ffff80008013f55c:	ubfx	x0, x0, #39, #9
ffff80008013f560:	add	x0, x1, x0, lsl #3
ffff80008013f564:	str	x0, [sp, #112]
ffff80008013f568:	ldr	x0, [sp, #112]
ffff80008013f56c:	mov	x22, #0x8000000000          	// #549755813888
ffff80008013f570:	add	x22, x23, x22
ffff80008013f574:	and	x22, x22, #0xffffff8000000000
ffff80008013f578:	ldr	x0, [x0]
ffff80008013f57c:	sub	x1, x22, #0x1
ffff80008013f580:	ldr	x0, [sp, #128]
ffff80008013f584:	sub	x0, x0, #0x1
ffff80008013f588:	cmp	x1, x0
ffff80008013f58c:	ldr	x0, [sp, #128]
ffff80008013f590:	csel	x22, x22, x0, cc	// cc = lo, ul, last
ffff80008013f594:	ldr	x0, [sp, #112]
ffff80008013f598:	ldr	x0, [x0]
ffff80008013f59c:	cbz	x0, ffff80008013f7b4 <gup_fast_fallback+0x3a0>
ffff80008013f5a0:	adrp	x1, ffff8000803ee000 <kallsyms_seqs_of_names+0x47d2c>
ffff80008013f5a4:	add	x28, x1, #0xea0
ffff80008013f5a8:	and	x0, x0, #0x3fffffffff000
ffff80008013f5ac:	ldr	x1, [x1, #3744]
ffff80008013f5b0:	sub	x0, x0, x1
ffff80008013f5b4:	ubfx	x1, x23, #30, #9
ffff80008013f5b8:	orr	x0, x0, #0xffff000000000000
ffff80008013f5bc:	add	x0, x0, x1, lsl #3
ffff80008013f5c0:	str	x0, [sp, #120]
ffff80008013f5c4:	ldr	x0, [sp, #120]
ffff80008013f5c8:	mov	x21, #0x40000000            	// #1073741824
ffff80008013f5cc:	add	x21, x23, x21
ffff80008013f5d0:	and	x21, x21, #0xffffffffc0000000
ffff80008013f5d4:	ldr	x25, [x0]
ffff80008013f5d8:	sub	x1, x21, #0x1
ffff80008013f5dc:	sub	x0, x22, #0x1
ffff80008013f5e0:	cmp	x1, x0
ffff80008013f5e4:	csel	x21, x21, x22, cc	// cc = lo, ul, last
ffff80008013f5e8:	tbnz	w25, #0, ffff80008013f5fc <gup_fast_fallback+0x1e8>
ffff80008013f5ec:	mov	x0, #0x801                 	// #2049
ffff80008013f5f0:	and	x0, x25, x0
ffff80008013f5f4:	cmp	x0, #0x800
ffff80008013f5f8:	b.ne	ffff80008013f7b4 <gup_fast_fallback+0x3a0>  // b.any
ffff80008013f5fc:	and	x0, x25, #0x3
ffff80008013f600:	cmp	x0, #0x3
ffff80008013f604:	b.ne	ffff80008013f740 <gup_fast_fallback+0x32c>  // b.any
ffff80008013f608:	ldr	x0, [x28]
ffff80008013f60c:	and	x25, x25, #0x3fffffffff000
ffff80008013f610:	ubfx	x27, x23, #21, #9
ffff80008013f614:	sub	x25, x25, x0
ffff80008013f618:	orr	x25, x25, #0xffff000000000000
ffff80008013f61c:	add	x27, x25, x27, lsl #3
ffff80008013f620:	add	x24, x23, #0x200, lsl #12
ffff80008013f624:	sub	x0, x21, #0x1
ffff80008013f628:	and	x24, x24, #0xffffffffffe00000
ffff80008013f62c:	ldr	x26, [x27]
ffff80008013f630:	sub	x1, x24, #0x1
ffff80008013f634:	cmp	x1, x0
ffff80008013f638:	csel	x24, x24, x21, cc	// cc = lo, ul, last
ffff80008013f63c:	tbnz	w26, #0, ffff80008013f650 <gup_fast_fallback+0x23c>
ffff80008013f640:	mov	x0, #0x801                 	// #2049
ffff80008013f644:	and	x0, x26, x0
ffff80008013f648:	cmp	x0, #0x800
ffff80008013f64c:	b.ne	ffff80008013f7b4 <gup_fast_fallback+0x3a0>  // b.any
ffff80008013f650:	mov	x0, x26
ffff80008013f654:	bl	ffff80008013c73c <pmd_leaf>
ffff80008013f658:	tst	w0, #0xff
ffff80008013f65c:	b.eq	ffff80008013f9ac <gup_fast_fallback+0x598>  // b.none
ffff80008013f660:	mov	x0, #0x841                 	// #2113
ffff80008013f664:	movk	x0, #0x40, lsl #48
ffff80008013f668:	and	x1, x26, x0
ffff80008013f66c:	sub	x0, x0, #0x41
ffff80008013f670:	cmp	x1, x0
ffff80008013f674:	b.eq	ffff80008013f7b4 <gup_fast_fallback+0x3a0>  // b.none
ffff80008013f678:	mov	x0, #0x41                  	// #65
ffff80008013f67c:	and	x0, x26, x0
ffff80008013f680:	cmp	x0, #0x41
ffff80008013f684:	b.ne	ffff80008013f7b4 <gup_fast_fallback+0x3a0>  // b.any
ffff80008013f688:	tbz	w19, #0, ffff80008013f690 <gup_fast_fallback+0x27c>
ffff80008013f68c:	tbz	x26, #51, ffff80008013f7b4 <gup_fast_fallback+0x3a0>
ffff80008013f690:	and	x6, x26, #0x100000000000000
ffff80008013f694:	str	x6, [sp, #184]
ffff80008013f698:	tbnz	x26, #56, ffff80008013f7b4 <gup_fast_fallback+0x3a0>
ffff80008013f69c:	ldr	x25, [x28]
ffff80008013f6a0:	ubfx	x3, x23, #12, #9
ffff80008013f6a4:	sub	x5, x24, x23
ffff80008013f6a8:	ubfx	x0, x26, #12, #38
ffff80008013f6ac:	mov	w2, w19
ffff80008013f6b0:	sub	x25, x3, x25, asr #12
ffff80008013f6b4:	lsr	x5, x5, #12
ffff80008013f6b8:	add	x25, x25, x0
ffff80008013f6bc:	mov	x0, #0xffffffffc0000000    	// #-1073741824
ffff80008013f6c0:	movk	x0, #0xfdff, lsl #32
ffff80008013f6c4:	mov	w1, w5
ffff80008013f6c8:	add	x25, x0, x25, lsl #6
ffff80008013f6cc:	str	x5, [sp, #144]
ffff80008013f6d0:	mov	x0, x25
ffff80008013f6d4:	bl	ffff80008013cc54 <try_grab_folio_fast>
ffff80008013f6d8:	mov	x23, x0
ffff80008013f6dc:	cbz	x0, ffff80008013f7b4 <gup_fast_fallback+0x3a0>
ffff80008013f6e0:	ldr	x1, [x27]
ffff80008013f6e4:	ldr	x5, [sp, #144]
ffff80008013f6e8:	cmp	x26, x1
ffff80008013f6ec:	ldr	x6, [sp, #184]
ffff80008013f6f0:	b.eq	ffff80008013f8fc <gup_fast_fallback+0x4e8>  // b.none
ffff80008013f6f4:	mov	w2, w19
ffff80008013f6f8:	mov	w1, w5
ffff80008013f6fc:	b	ffff80008013f7b0 <gup_fast_fallback+0x39c>
ffff80008013f700:	add	x0, x1, #0x170
ffff80008013f704:	ldar	w0, [x0]
ffff80008013f708:	str	w0, [sp, #136]
ffff80008013f70c:	ldr	x0, [sp, #136]
ffff80008013f710:	tbz	w0, #0, ffff80008013f4ec <gup_fast_fallback+0xd8>
ffff80008013f714:	mov	x20, #0x0                   	// #0
ffff80008013f718:	ldr	x0, [sp, #152]
ffff80008013f71c:	cmp	x0, x20
ffff80008013f720:	b.eq	ffff80008013f728 <gup_fast_fallback+0x314>  // b.none
ffff80008013f724:	tbz	w19, #20, ffff80008013fb48 <gup_fast_fallback+0x734>
ffff80008013f728:	mov	w0, w20
ffff80008013f72c:	b	ffff80008013f4b4 <gup_fast_fallback+0xa0>
ffff80008013f730:	str	wzr, [sp, #168]
ffff80008013f734:	b	ffff80008013f544 <gup_fast_fallback+0x130>
ffff80008013f738:	mov	x23, x21
ffff80008013f73c:	b	ffff80008013f5c4 <gup_fast_fallback+0x1b0>
ffff80008013f740:	mov	x0, #0x41                  	// #65
ffff80008013f744:	and	x0, x25, x0
ffff80008013f748:	cmp	x0, #0x41
ffff80008013f74c:	b.ne	ffff80008013f7b4 <gup_fast_fallback+0x3a0>  // b.any
ffff80008013f750:	tbz	w19, #0, ffff80008013f758 <gup_fast_fallback+0x344>
ffff80008013f754:	tbz	x25, #51, ffff80008013f7b4 <gup_fast_fallback+0x3a0>
ffff80008013f758:	ldr	x24, [x28]
ffff80008013f75c:	ubfx	x3, x23, #12, #18
ffff80008013f760:	ubfx	x0, x25, #12, #38
ffff80008013f764:	sub	x4, x21, x23
ffff80008013f768:	mov	w2, w19
ffff80008013f76c:	sub	x24, x3, x24, asr #12
ffff80008013f770:	lsr	x26, x4, #12
ffff80008013f774:	add	x24, x24, x0
ffff80008013f778:	mov	x0, #0xffffffffc0000000    	// #-1073741824
ffff80008013f77c:	movk	x0, #0xfdff, lsl #32
ffff80008013f780:	mov	w1, w26
ffff80008013f784:	add	x24, x0, x24, lsl #6
ffff80008013f788:	mov	x0, x24
ffff80008013f78c:	bl	ffff80008013cc54 <try_grab_folio_fast>
ffff80008013f790:	mov	x27, x0
ffff80008013f794:	cbz	x0, ffff80008013f7b4 <gup_fast_fallback+0x3a0>
ffff80008013f798:	ldr	x1, [sp, #120]
ffff80008013f79c:	ldr	x1, [x1]
ffff80008013f7a0:	cmp	x25, x1
ffff80008013f7a4:	b.eq	ffff80008013f838 <gup_fast_fallback+0x424>  // b.none
ffff80008013f7a8:	mov	w2, w19
ffff80008013f7ac:	mov	w1, w26
ffff80008013f7b0:	bl	ffff80008013ca1c <gup_put_folio>
ffff80008013f7b4:	ldr	w0, [sp, #168]
ffff80008013f7b8:	cbz	w0, ffff80008013f7cc <gup_fast_fallback+0x3b8>
ffff80008013f7bc:	ldr	x1, [sp, #160]
ffff80008013f7c0:	bl	ffff80008013c6f0 <__kern_my_cpu_offset>
ffff80008013f7c4:	add	x0, x1, x0
ffff80008013f7c8:	stlr	xzr, [x0]
ffff80008013f7cc:	ldr	x0, [sp, #176]
ffff80008013f7d0:	msr	daif, x0
ffff80008013f7d4:	ldr	w0, [sp, #172]
ffff80008013f7d8:	sxtw	x20, w20
ffff80008013f7dc:	cbz	w0, ffff80008013f718 <gup_fast_fallback+0x304>
ffff80008013f7e0:	mrs	x0, sp_el0
ffff80008013f7e4:	ldr	x0, [x0, #984]
ffff80008013f7e8:	dmb	ishld
ffff80008013f7ec:	ldr	w0, [x0, #368]
ffff80008013f7f0:	ldr	w1, [sp, #136]
ffff80008013f7f4:	cmp	w0, w1
ffff80008013f7f8:	b.eq	ffff80008013f718 <gup_fast_fallback+0x304>  // b.none
ffff80008013f7fc:	mov	x21, #0x0                   	// #0
ffff80008013f800:	str	wzr, [sp, #200]
ffff80008013f804:	cmp	x20, x21
ffff80008013f808:	b.ls	ffff80008013f714 <gup_fast_fallback+0x300>  // b.plast
ffff80008013f80c:	ldr	x0, [sp, #96]
ffff80008013f810:	mov	x2, x21
ffff80008013f814:	add	x3, sp, #0xc8
ffff80008013f818:	mov	x1, x20
ffff80008013f81c:	bl	ffff80008013c7c8 <gup_folio_next>
ffff80008013f820:	ldr	w22, [sp, #200]
ffff80008013f824:	mov	w2, #0x80000               	// #524288
ffff80008013f828:	mov	w1, w22
ffff80008013f82c:	bl	ffff80008013ca1c <gup_put_folio>
ffff80008013f830:	add	x21, x21, w22, uxtw
ffff80008013f834:	b	ffff80008013f804 <gup_fast_fallback+0x3f0>
ffff80008013f838:	mov	w1, w19
ffff80008013f83c:	bl	ffff80008013cf44 <gup_fast_folio_allowed>
ffff80008013f840:	tst	w0, #0xff
ffff80008013f844:	b.ne	ffff80008013f858 <gup_fast_fallback+0x444>  // b.any
ffff80008013f848:	mov	w2, w19
ffff80008013f84c:	mov	w1, w26
ffff80008013f850:	mov	x0, x27
ffff80008013f854:	b	ffff80008013f7b0 <gup_fast_fallback+0x39c>
ffff80008013f858:	tbnz	x25, #51, ffff80008013f874 <gup_fast_fallback+0x460>
ffff80008013f85c:	mov	x2, x27
ffff80008013f860:	mov	w1, w19
ffff80008013f864:	mov	x0, #0x0                   	// #0
ffff80008013f868:	bl	ffff80008013cfac <gup_must_unshare>
ffff80008013f86c:	tst	w0, #0xff
ffff80008013f870:	b.ne	ffff80008013f848 <gup_fast_fallback+0x434>  // b.any
ffff80008013f874:	ldr	x0, [sp, #96]
ffff80008013f878:	and	x1, x26, #0xffffffff
ffff80008013f87c:	add	x3, x0, w20, sxtw #3
ffff80008013f880:	mov	x0, #0x0                   	// #0
ffff80008013f884:	add	x2, x24, x0, lsl #6
ffff80008013f888:	cmp	x0, x1
ffff80008013f88c:	b.ne	ffff80008013f898 <gup_fast_fallback+0x484>  // b.any
ffff80008013f890:	b	ffff80008013f8a4 <gup_fast_fallback+0x490>
ffff80008013f894:	b	ffff80008013f8f0 <gup_fast_fallback+0x4dc>
ffff80008013f898:	str	x2, [x3, x0, lsl #3]
ffff80008013f89c:	add	x0, x0, #0x1
ffff80008013f8a0:	b	ffff80008013f884 <gup_fast_fallback+0x470>
ffff80008013f8a4:	prfm	pstl1strm, [x27]
ffff80008013f8a8:	ldxr	x0, [x27]
ffff80008013f8ac:	orr	x0, x0, #0x4
ffff80008013f8b0:	stxr	w1, x0, [x27]
ffff80008013f8b4:	cbnz	w1, ffff80008013f8a8 <gup_fast_fallback+0x494>
ffff80008013f8b8:	add	w20, w20, w26
ffff80008013f8bc:	ldr	x0, [sp, #120]
ffff80008013f8c0:	add	x0, x0, #0x8
ffff80008013f8c4:	str	x0, [sp, #120]
ffff80008013f8c8:	cmp	x22, x21
ffff80008013f8cc:	b.ne	ffff80008013f738 <gup_fast_fallback+0x324>  // b.any
ffff80008013f8d0:	ldr	x0, [sp, #112]
ffff80008013f8d4:	add	x0, x0, #0x8
ffff80008013f8d8:	str	x0, [sp, #112]
ffff80008013f8dc:	ldr	x0, [sp, #128]
ffff80008013f8e0:	cmp	x0, x22
ffff80008013f8e4:	b.eq	ffff80008013f7b4 <gup_fast_fallback+0x3a0>  // b.none
ffff80008013f8e8:	mov	x23, x22
ffff80008013f8ec:	b	ffff80008013f568 <gup_fast_fallback+0x154>
ffff80008013f8f0:	mov	x0, #0x4                   	// #4
ffff80008013f8f4:	stset	x0, [x27]
ffff80008013f8f8:	b	ffff80008013f8b8 <gup_fast_fallback+0x4a4>
ffff80008013f8fc:	mov	w1, w19
ffff80008013f900:	str	x6, [sp, #144]
ffff80008013f904:	str	x5, [sp, #184]
ffff80008013f908:	bl	ffff80008013cf44 <gup_fast_folio_allowed>
ffff80008013f90c:	ldr	x6, [sp, #144]
ffff80008013f910:	tst	w0, #0xff
ffff80008013f914:	ldr	x5, [sp, #184]
ffff80008013f918:	b.ne	ffff80008013f92c <gup_fast_fallback+0x518>  // b.any
ffff80008013f91c:	mov	w2, w19
ffff80008013f920:	mov	w1, w5
ffff80008013f924:	mov	x0, x23
ffff80008013f928:	b	ffff80008013f7b0 <gup_fast_fallback+0x39c>
ffff80008013f92c:	tbnz	x26, #51, ffff80008013f948 <gup_fast_fallback+0x534>
ffff80008013f930:	mov	x2, x23
ffff80008013f934:	mov	w1, w19
ffff80008013f938:	mov	x0, #0x0                   	// #0
ffff80008013f93c:	bl	ffff80008013cfac <gup_must_unshare>
ffff80008013f940:	tst	w0, #0xff
ffff80008013f944:	b.ne	ffff80008013f91c <gup_fast_fallback+0x508>  // b.any
ffff80008013f948:	ldr	x0, [sp, #96]
ffff80008013f94c:	add	x2, x0, w20, sxtw #3
ffff80008013f950:	and	x0, x5, #0xffffffff
ffff80008013f954:	add	x1, x25, x6, lsl #6
ffff80008013f958:	cmp	x0, x6
ffff80008013f95c:	b.ne	ffff80008013f968 <gup_fast_fallback+0x554>  // b.any
ffff80008013f960:	b	ffff80008013f974 <gup_fast_fallback+0x560>
ffff80008013f964:	b	ffff80008013f9a0 <gup_fast_fallback+0x58c>
ffff80008013f968:	str	x1, [x2, x6, lsl #3]
ffff80008013f96c:	add	x6, x6, #0x1
ffff80008013f970:	b	ffff80008013f954 <gup_fast_fallback+0x540>
ffff80008013f974:	prfm	pstl1strm, [x23]
ffff80008013f978:	ldxr	x0, [x23]
ffff80008013f97c:	orr	x0, x0, #0x4
ffff80008013f980:	stxr	w1, x0, [x23]
ffff80008013f984:	cbnz	w1, ffff80008013f978 <gup_fast_fallback+0x564>
ffff80008013f988:	add	w20, w20, w5
ffff80008013f98c:	add	x27, x27, #0x8
ffff80008013f990:	cmp	x21, x24
ffff80008013f994:	b.eq	ffff80008013f8bc <gup_fast_fallback+0x4a8>  // b.none
ffff80008013f998:	mov	x23, x24
ffff80008013f99c:	b	ffff80008013f620 <gup_fast_fallback+0x20c>
ffff80008013f9a0:	mov	x0, #0x4                   	// #4
ffff80008013f9a4:	stset	x0, [x23]
ffff80008013f9a8:	b	ffff80008013f988 <gup_fast_fallback+0x574>
ffff80008013f9ac:	mov	x1, x23
ffff80008013f9b0:	add	x0, sp, #0xc8
ffff80008013f9b4:	mov	x2, #0x0                   	// #0
ffff80008013f9b8:	str	x26, [sp, #200]
ffff80008013f9bc:	bl	ffff800080156424 <__pte_offset_map>
ffff80008013f9c0:	mov	x25, x0
ffff80008013f9c4:	cbz	x0, ffff80008013f7b4 <gup_fast_fallback+0x3a0>
ffff80008013f9c8:	ldr	x5, [x25]
ffff80008013f9cc:	mov	x0, #0x1                   	// #1
ffff80008013f9d0:	movk	x0, #0x10, lsl #48
ffff80008013f9d4:	bics	xzr, x0, x5
ffff80008013f9d8:	b.ne	ffff80008013f9e8 <gup_fast_fallback+0x5d4>  // b.any
ffff80008013f9dc:	mov	x0, x25
ffff80008013f9e0:	bl	ffff800080024c84 <contpte_ptep_get_lockless>
ffff80008013f9e4:	mov	x5, x0
ffff80008013f9e8:	mov	x0, #0x841                 	// #2113
ffff80008013f9ec:	mov	x1, #0x800                 	// #2048
ffff80008013f9f0:	movk	x0, #0x40, lsl #48
ffff80008013f9f4:	and	x0, x5, x0
ffff80008013f9f8:	movk	x1, #0x40, lsl #48
ffff80008013f9fc:	cmp	x0, x1
ffff80008013fa00:	b.eq	ffff80008013fb40 <gup_fast_fallback+0x72c>  // b.none
ffff80008013fa04:	mov	x0, #0x41                  	// #65
ffff80008013fa08:	and	x0, x5, x0
ffff80008013fa0c:	cmp	x0, #0x41
ffff80008013fa10:	b.ne	ffff80008013fb40 <gup_fast_fallback+0x72c>  // b.any
ffff80008013fa14:	tbz	w19, #0, ffff80008013fa1c <gup_fast_fallback+0x608>
ffff80008013fa18:	tbz	x5, #51, ffff80008013fb40 <gup_fast_fallback+0x72c>
ffff80008013fa1c:	tbnz	x5, #56, ffff80008013fb40 <gup_fast_fallback+0x72c>
ffff80008013fa20:	ldr	x0, [x28]
ffff80008013fa24:	ubfx	x1, x5, #12, #38
ffff80008013fa28:	mov	w2, w19
ffff80008013fa2c:	str	x5, [sp, #184]
ffff80008013fa30:	sub	x0, x1, x0, asr #12
ffff80008013fa34:	mov	x1, #0xffffffffc0000000    	// #-1073741824
ffff80008013fa38:	movk	x1, #0xfdff, lsl #32
ffff80008013fa3c:	add	x0, x1, x0, lsl #6
ffff80008013fa40:	mov	w1, #0x1                   	// #1
ffff80008013fa44:	str	x0, [sp, #144]
ffff80008013fa48:	bl	ffff80008013cc54 <try_grab_folio_fast>
ffff80008013fa4c:	mov	x26, x0
ffff80008013fa50:	cbz	x0, ffff80008013fb40 <gup_fast_fallback+0x72c>
ffff80008013fa54:	ldr	x0, [x27]
ffff80008013fa58:	ldr	x1, [sp, #200]
ffff80008013fa5c:	ldr	x5, [sp, #184]
ffff80008013fa60:	cmp	x1, x0
ffff80008013fa64:	b.eq	ffff80008013fa80 <gup_fast_fallback+0x66c>  // b.none
ffff80008013fa68:	mov	w2, w19
ffff80008013fa6c:	mov	x0, x26
ffff80008013fa70:	mov	w1, #0x1                   	// #1
ffff80008013fa74:	bl	ffff80008013ca1c <gup_put_folio>
ffff80008013fa78:	bl	ffff80008013ce2c <__rcu_read_unlock>
ffff80008013fa7c:	b	ffff80008013f7b4 <gup_fast_fallback+0x3a0>
ffff80008013fa80:	ldr	x2, [x25]
ffff80008013fa84:	mov	x0, #0x1                   	// #1
ffff80008013fa88:	movk	x0, #0x10, lsl #48
ffff80008013fa8c:	bics	xzr, x0, x2
ffff80008013fa90:	b.ne	ffff80008013faa8 <gup_fast_fallback+0x694>  // b.any
ffff80008013fa94:	mov	x0, x25
ffff80008013fa98:	str	x5, [sp, #184]
ffff80008013fa9c:	bl	ffff800080024c84 <contpte_ptep_get_lockless>
ffff80008013faa0:	mov	x2, x0
ffff80008013faa4:	ldr	x5, [sp, #184]
ffff80008013faa8:	str	x2, [sp, #184]
ffff80008013faac:	cmp	x2, x5
ffff80008013fab0:	b.ne	ffff80008013fa68 <gup_fast_fallback+0x654>  // b.any
ffff80008013fab4:	mov	w1, w19
ffff80008013fab8:	mov	x0, x26
ffff80008013fabc:	bl	ffff80008013cf44 <gup_fast_folio_allowed>
ffff80008013fac0:	tst	w0, #0xff
ffff80008013fac4:	ldr	x2, [sp, #184]
ffff80008013fac8:	b.eq	ffff80008013fa68 <gup_fast_fallback+0x654>  // b.none
ffff80008013facc:	tbnz	x2, #51, ffff80008013fae8 <gup_fast_fallback+0x6d4>
ffff80008013fad0:	ldr	x2, [sp, #144]
ffff80008013fad4:	mov	w1, w19
ffff80008013fad8:	mov	x0, #0x0                   	// #0
ffff80008013fadc:	bl	ffff80008013cfac <gup_must_unshare>
ffff80008013fae0:	tst	w0, #0xff
ffff80008013fae4:	b.ne	ffff80008013fa68 <gup_fast_fallback+0x654>  // b.any
ffff80008013fae8:	b	ffff80008013faf0 <gup_fast_fallback+0x6dc>
ffff80008013faec:	b	ffff80008013fb34 <gup_fast_fallback+0x720>
ffff80008013faf0:	prfm	pstl1strm, [x26]
ffff80008013faf4:	ldxr	x0, [x26]
ffff80008013faf8:	orr	x0, x0, #0x4
ffff80008013fafc:	stxr	w1, x0, [x26]
ffff80008013fb00:	cbnz	w1, ffff80008013faf4 <gup_fast_fallback+0x6e0>
ffff80008013fb04:	ldr	x0, [sp, #96]
ffff80008013fb08:	add	x23, x23, #0x1, lsl #12
ffff80008013fb0c:	ldr	x1, [sp, #144]
ffff80008013fb10:	add	x25, x25, #0x8
ffff80008013fb14:	str	x1, [x0, w20, sxtw #3]
ffff80008013fb18:	add	w20, w20, #0x1
ffff80008013fb1c:	cmp	x24, x23
ffff80008013fb20:	b.ne	ffff80008013f9c8 <gup_fast_fallback+0x5b4>  // b.any
ffff80008013fb24:	mov	w25, #0x1                   	// #1
ffff80008013fb28:	bl	ffff80008013ce2c <__rcu_read_unlock>
ffff80008013fb2c:	cbnz	w25, ffff80008013f98c <gup_fast_fallback+0x578>
ffff80008013fb30:	b	ffff80008013f7b4 <gup_fast_fallback+0x3a0>
ffff80008013fb34:	mov	x0, #0x4                   	// #4
ffff80008013fb38:	stset	x0, [x26]
ffff80008013fb3c:	b	ffff80008013fb04 <gup_fast_fallback+0x6f0>
ffff80008013fb40:	mov	w25, #0x0                   	// #0
ffff80008013fb44:	b	ffff80008013fb28 <gup_fast_fallback+0x714>
ffff80008013fb48:	ldr	x1, [sp, #96]
ffff80008013fb4c:	mrs	x0, sp_el0
ffff80008013fb50:	ldr	x0, [x0, #984]
ffff80008013fb54:	mov	w5, #0x210000              	// #2162688
ffff80008013fb58:	add	x3, x1, x20, lsl #3
ffff80008013fb5c:	orr	w5, w19, w5
ffff80008013fb60:	ldr	x1, [sp, #152]
ffff80008013fb64:	add	x4, sp, #0xc4
ffff80008013fb68:	sub	x2, x1, x20
ffff80008013fb6c:	ldr	x1, [sp, #104]
ffff80008013fb70:	add	x1, x1, x20, lsl #12
ffff80008013fb74:	bl	ffff80008013ef70 <__gup_longterm_locked>
ffff80008013fb78:	tbz	w0, #31, ffff80008013fb88 <gup_fast_fallback+0x774>
ffff80008013fb7c:	cmp	x20, #0x0
ffff80008013fb80:	csel	w0, w0, w20, eq	// eq = none
ffff80008013fb84:	b	ffff80008013f4b4 <gup_fast_fallback+0xa0>
ffff80008013fb88:	add	w0, w20, w0
ffff80008013fb8c:	b	ffff80008013f4b4 <gup_fast_fallback+0xa0>

Disassembly of section .rodata.text:

Disassembly of section .init.text:

Disassembly of section .exit.text:
