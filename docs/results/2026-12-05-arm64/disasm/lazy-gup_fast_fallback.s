
/work/wt-eval/build/lazy/obj-eval-arm64/vmlinux:     file format elf64-littleaarch64


Disassembly of section .head.text:

Disassembly of section .text:

ffff80008013f410 <gup_fast_fallback>:
ffff80008013f410:	stp	x29, x30, [sp, #-208]!
ffff80008013f414:	mov	x4, x0
ffff80008013f418:	mov	w0, #0xead4                	// #60116
ffff80008013f41c:	mov	x29, sp
ffff80008013f420:	stp	x19, x20, [sp, #16]
ffff80008013f424:	movk	w0, #0xffe7, lsl #16
ffff80008013f428:	stp	x21, x22, [sp, #32]
ffff80008013f42c:	stp	x23, x24, [sp, #48]
ffff80008013f430:	stp	x25, x26, [sp, #64]
ffff80008013f434:	stp	x27, x28, [sp, #80]
ffff80008013f438:	str	x3, [sp, #104]
ffff80008013f43c:	str	x1, [sp, #160]
ffff80008013f440:	str	wzr, [sp, #196]
ffff80008013f444:	tst	w2, w0
ffff80008013f448:	b.ne	ffff80008013f4a8 <gup_fast_fallback+0x98>  // b.any
ffff80008013f44c:	and	w0, w2, #0x80000
ffff80008013f450:	str	w0, [sp, #172]
ffff80008013f454:	mov	w19, w2
ffff80008013f458:	tbz	w19, #19, ffff80008013f468 <gup_fast_fallback+0x58>
ffff80008013f45c:	mrs	x0, sp_el0
ffff80008013f460:	ldr	x0, [x0, #984]
ffff80008013f464:	bl	ffff80008013d0d0 <mm_set_has_pinned_flag>
ffff80008013f468:	sbfx	x23, x4, #0, #56
ffff80008013f46c:	and	x23, x23, x4
ffff80008013f470:	and	x0, x23, #0xfffffffffffff000
ffff80008013f474:	str	x0, [sp, #112]
ffff80008013f478:	ldr	x0, [sp, #160]
ffff80008013f47c:	ldr	x1, [sp, #112]
ffff80008013f480:	lsl	x0, x0, #12
ffff80008013f484:	adds	x0, x1, x0
ffff80008013f488:	str	x0, [sp, #136]
ffff80008013f48c:	b.cs	ffff80008013f4cc <gup_fast_fallback+0xbc>  // b.hs, b.nlast
ffff80008013f490:	ldr	x1, [sp, #136]
ffff80008013f494:	mov	x0, #0x1000000000000       	// #281474976710656
ffff80008013f498:	cmp	x1, x0
ffff80008013f49c:	b.ls	ffff80008013f4d4 <gup_fast_fallback+0xc4>  // b.plast
ffff80008013f4a0:	mov	w0, #0xfffffff2            	// #-14
ffff80008013f4a4:	b	ffff80008013f4b0 <gup_fast_fallback+0xa0>
ffff80008013f4a8:	brk	#0x800
ffff80008013f4ac:	mov	w0, #0xffffffea            	// #-22
ffff80008013f4b0:	ldp	x19, x20, [sp, #16]
ffff80008013f4b4:	ldp	x21, x22, [sp, #32]
ffff80008013f4b8:	ldp	x23, x24, [sp, #48]
ffff80008013f4bc:	ldp	x25, x26, [sp, #64]
ffff80008013f4c0:	ldp	x27, x28, [sp, #80]
ffff80008013f4c4:	ldp	x29, x30, [sp], #208
ffff80008013f4c8:	ret
ffff80008013f4cc:	mov	w0, #0xffffffb5            	// #-75
ffff80008013f4d0:	b	ffff80008013f4b0 <gup_fast_fallback+0xa0>
ffff80008013f4d4:	mrs	x0, sp_el0
ffff80008013f4d8:	ldr	x0, [x0, #984]
ffff80008013f4dc:	and	w1, w19, #0x80000
ffff80008013f4e0:	cbnz	w1, ffff80008013f538 <gup_fast_fallback+0x128>
ffff80008013f4e4:	str	wzr, [sp, #144]
ffff80008013f4e8:	mrs	x1, daif
ffff80008013f4ec:	str	x1, [sp, #176]
ffff80008013f4f0:	msr	daifset, #0x3
ffff80008013f4f4:	adrp	x1, ffff8000803f7000 <rodata_full>
ffff80008013f4f8:	ldr	w1, [x1, #4]
ffff80008013f4fc:	add	x1, x1, x0
ffff80008013f500:	mrs	x0, sp_el0
ffff80008013f504:	ldr	w0, [x0, #16]
ffff80008013f508:	and	w3, w0, #0x3f
ffff80008013f50c:	lsr	w2, w0, #6
ffff80008013f510:	lsl	x2, x2, #3
ffff80008013f514:	ldr	x2, [x1, x2]
ffff80008013f518:	lsr	x2, x2, x0
ffff80008013f51c:	tbnz	w2, #0, ffff80008013f580 <gup_fast_fallback+0x170>
ffff80008013f520:	lsr	w0, w0, #6
ffff80008013f524:	add	x0, x1, x0, lsl #3
ffff80008013f528:	mov	x1, #0x1                   	// #1
ffff80008013f52c:	lsl	x1, x1, x3
ffff80008013f530:	b	ffff80008013f568 <gup_fast_fallback+0x158>
ffff80008013f534:	b	ffff80008013f73c <gup_fast_fallback+0x32c>
ffff80008013f538:	add	x1, x0, #0x170
ffff80008013f53c:	ldar	w1, [x1]
ffff80008013f540:	str	w1, [sp, #144]
ffff80008013f544:	ldr	x1, [sp, #144]
ffff80008013f548:	tbz	w1, #0, ffff80008013f4e8 <gup_fast_fallback+0xd8>
ffff80008013f54c:	mov	x20, #0x0                   	// #0
ffff80008013f550:	ldr	x0, [sp, #160]
ffff80008013f554:	cmp	x0, x20
ffff80008013f558:	b.eq	ffff80008013f560 <gup_fast_fallback+0x150>  // b.none
ffff80008013f55c:	tbz	w19, #20, ffff80008013fb38 <gup_fast_fallback+0x728>
ffff80008013f560:	mov	w0, w20
ffff80008013f564:	b	ffff80008013f4b0 <gup_fast_fallback+0xa0>
ffff80008013f568:	prfm	pstl1strm, [x0]
ffff80008013f56c:	ldxr	x2, [x0]
ffff80008013f570:	orr	x3, x2, x1
ffff80008013f574:	stlxr	w4, x3, [x0]
ffff80008013f578:	cbnz	w4, ffff80008013f56c <gup_fast_fallback+0x15c>
ffff80008013f57c:	dmb	ish
ffff80008013f580:	mrs	x0, sp_el0
ffff80008013f584:	ldr	x1, [x0, #984]
ffff80008013f588:	mov	w20, #0x0                   	// #0
ffff80008013f58c:	ldr	x0, [sp, #112]
ffff80008013f590:	ldr	x1, [x1, #104]
ffff80008013f594:	ldr	x23, [sp, #112]
ffff80008013f598:	ubfx	x0, x0, #39, #9
ffff80008013f59c:	add	x0, x1, x0, lsl #3
ffff80008013f5a0:	str	x0, [sp, #120]
ffff80008013f5a4:	ldr	x0, [sp, #120]
ffff80008013f5a8:	mov	x22, #0x8000000000          	// #549755813888
ffff80008013f5ac:	add	x22, x23, x22
ffff80008013f5b0:	and	x22, x22, #0xffffff8000000000
ffff80008013f5b4:	ldr	x0, [x0]
ffff80008013f5b8:	sub	x1, x22, #0x1
ffff80008013f5bc:	ldr	x0, [sp, #136]
ffff80008013f5c0:	sub	x0, x0, #0x1
ffff80008013f5c4:	cmp	x1, x0
ffff80008013f5c8:	ldr	x0, [sp, #136]
ffff80008013f5cc:	csel	x22, x22, x0, cc	// cc = lo, ul, last
ffff80008013f5d0:	ldr	x0, [sp, #120]
ffff80008013f5d4:	ldr	x0, [x0]
ffff80008013f5d8:	cbz	x0, ffff80008013f7c0 <gup_fast_fallback+0x3b0>
ffff80008013f5dc:	adrp	x1, ffff8000803ef000 <cpucap_ptrs+0x280>
ffff80008013f5e0:	add	x28, x1, #0x1c0
ffff80008013f5e4:	and	x0, x0, #0x3fffffffff000
ffff80008013f5e8:	ldr	x1, [x1, #448]
ffff80008013f5ec:	sub	x0, x0, x1
ffff80008013f5f0:	ubfx	x1, x23, #30, #9
ffff80008013f5f4:	orr	x0, x0, #0xffff000000000000
ffff80008013f5f8:	add	x0, x0, x1, lsl #3
ffff80008013f5fc:	str	x0, [sp, #128]
ffff80008013f600:	ldr	x0, [sp, #128]
ffff80008013f604:	mov	x21, #0x40000000            	// #1073741824
ffff80008013f608:	add	x21, x23, x21
ffff80008013f60c:	and	x21, x21, #0xffffffffc0000000
ffff80008013f610:	ldr	x25, [x0]
ffff80008013f614:	sub	x1, x21, #0x1
ffff80008013f618:	sub	x0, x22, #0x1
ffff80008013f61c:	cmp	x1, x0
ffff80008013f620:	csel	x21, x21, x22, cc	// cc = lo, ul, last
ffff80008013f624:	tbnz	w25, #0, ffff80008013f638 <gup_fast_fallback+0x228>
ffff80008013f628:	mov	x0, #0x801                 	// #2049
ffff80008013f62c:	and	x0, x25, x0
ffff80008013f630:	cmp	x0, #0x800
ffff80008013f634:	b.ne	ffff80008013f7c0 <gup_fast_fallback+0x3b0>  // b.any
ffff80008013f638:	and	x0, x25, #0x3
ffff80008013f63c:	cmp	x0, #0x3
ffff80008013f640:	b.ne	ffff80008013f74c <gup_fast_fallback+0x33c>  // b.any
ffff80008013f644:	ldr	x0, [x28]
ffff80008013f648:	and	x25, x25, #0x3fffffffff000
ffff80008013f64c:	ubfx	x27, x23, #21, #9
ffff80008013f650:	sub	x25, x25, x0
ffff80008013f654:	orr	x25, x25, #0xffff000000000000
ffff80008013f658:	add	x27, x25, x27, lsl #3
ffff80008013f65c:	add	x24, x23, #0x200, lsl #12
ffff80008013f660:	sub	x0, x21, #0x1
ffff80008013f664:	and	x24, x24, #0xffffffffffe00000
ffff80008013f668:	ldr	x26, [x27]
ffff80008013f66c:	sub	x1, x24, #0x1
ffff80008013f670:	cmp	x1, x0
ffff80008013f674:	csel	x24, x24, x21, cc	// cc = lo, ul, last
ffff80008013f678:	tbnz	w26, #0, ffff80008013f68c <gup_fast_fallback+0x27c>
ffff80008013f67c:	mov	x0, #0x801                 	// #2049
ffff80008013f680:	and	x0, x26, x0
ffff80008013f684:	cmp	x0, #0x800
ffff80008013f688:	b.ne	ffff80008013f7c0 <gup_fast_fallback+0x3b0>  // b.any
ffff80008013f68c:	mov	x0, x26
ffff80008013f690:	bl	ffff80008013c738 <pmd_leaf>
ffff80008013f694:	tst	w0, #0xff
ffff80008013f698:	b.eq	ffff80008013f9a0 <gup_fast_fallback+0x590>  // b.none
ffff80008013f69c:	mov	x0, #0x841                 	// #2113
ffff80008013f6a0:	movk	x0, #0x40, lsl #48
ffff80008013f6a4:	and	x1, x26, x0
ffff80008013f6a8:	sub	x0, x0, #0x41
ffff80008013f6ac:	cmp	x1, x0
ffff80008013f6b0:	b.eq	ffff80008013f7c0 <gup_fast_fallback+0x3b0>  // b.none
ffff80008013f6b4:	mov	x0, #0x41                  	// #65
ffff80008013f6b8:	and	x0, x26, x0
ffff80008013f6bc:	cmp	x0, #0x41
ffff80008013f6c0:	b.ne	ffff80008013f7c0 <gup_fast_fallback+0x3b0>  // b.any
ffff80008013f6c4:	tbz	w19, #0, ffff80008013f6cc <gup_fast_fallback+0x2bc>
ffff80008013f6c8:	tbz	x26, #51, ffff80008013f7c0 <gup_fast_fallback+0x3b0>
ffff80008013f6cc:	and	x6, x26, #0x100000000000000
ffff80008013f6d0:	str	x6, [sp, #184]
ffff80008013f6d4:	tbnz	x26, #56, ffff80008013f7c0 <gup_fast_fallback+0x3b0>
ffff80008013f6d8:	ldr	x25, [x28]
ffff80008013f6dc:	ubfx	x3, x23, #12, #9
ffff80008013f6e0:	sub	x5, x24, x23
ffff80008013f6e4:	ubfx	x0, x26, #12, #38
ffff80008013f6e8:	mov	w2, w19
ffff80008013f6ec:	sub	x25, x3, x25, asr #12
ffff80008013f6f0:	lsr	x5, x5, #12
ffff80008013f6f4:	add	x25, x25, x0
ffff80008013f6f8:	mov	x0, #0xffffffffc0000000    	// #-1073741824
ffff80008013f6fc:	movk	x0, #0xfdff, lsl #32
ffff80008013f700:	mov	w1, w5
ffff80008013f704:	add	x25, x0, x25, lsl #6
ffff80008013f708:	str	x5, [sp, #152]
ffff80008013f70c:	mov	x0, x25
ffff80008013f710:	bl	ffff80008013cc50 <try_grab_folio_fast>
ffff80008013f714:	mov	x23, x0
ffff80008013f718:	cbz	x0, ffff80008013f7c0 <gup_fast_fallback+0x3b0>
ffff80008013f71c:	ldr	x1, [x27]
ffff80008013f720:	ldr	x5, [sp, #152]
ffff80008013f724:	cmp	x26, x1
ffff80008013f728:	ldr	x6, [sp, #184]
ffff80008013f72c:	b.eq	ffff80008013f8f0 <gup_fast_fallback+0x4e0>  // b.none
ffff80008013f730:	mov	w2, w19
ffff80008013f734:	mov	w1, w5
ffff80008013f738:	b	ffff80008013f7bc <gup_fast_fallback+0x3ac>
ffff80008013f73c:	ldsetal	x1, x1, [x0]
ffff80008013f740:	b	ffff80008013f580 <gup_fast_fallback+0x170>
ffff80008013f744:	mov	x23, x21
ffff80008013f748:	b	ffff80008013f600 <gup_fast_fallback+0x1f0>
ffff80008013f74c:	mov	x0, #0x41                  	// #65
ffff80008013f750:	and	x0, x25, x0
ffff80008013f754:	cmp	x0, #0x41
ffff80008013f758:	b.ne	ffff80008013f7c0 <gup_fast_fallback+0x3b0>  // b.any
ffff80008013f75c:	tbz	w19, #0, ffff80008013f764 <gup_fast_fallback+0x354>
ffff80008013f760:	tbz	x25, #51, ffff80008013f7c0 <gup_fast_fallback+0x3b0>
ffff80008013f764:	ldr	x24, [x28]
ffff80008013f768:	ubfx	x3, x23, #12, #18
ffff80008013f76c:	ubfx	x0, x25, #12, #38
ffff80008013f770:	sub	x4, x21, x23
ffff80008013f774:	mov	w2, w19
ffff80008013f778:	sub	x24, x3, x24, asr #12
ffff80008013f77c:	lsr	x26, x4, #12
ffff80008013f780:	add	x24, x24, x0
ffff80008013f784:	mov	x0, #0xffffffffc0000000    	// #-1073741824
ffff80008013f788:	movk	x0, #0xfdff, lsl #32
ffff80008013f78c:	mov	w1, w26
ffff80008013f790:	add	x24, x0, x24, lsl #6
ffff80008013f794:	mov	x0, x24
ffff80008013f798:	bl	ffff80008013cc50 <try_grab_folio_fast>
ffff80008013f79c:	mov	x27, x0
ffff80008013f7a0:	cbz	x0, ffff80008013f7c0 <gup_fast_fallback+0x3b0>
ffff80008013f7a4:	ldr	x1, [sp, #128]
ffff80008013f7a8:	ldr	x1, [x1]
ffff80008013f7ac:	cmp	x25, x1
ffff80008013f7b0:	b.eq	ffff80008013f82c <gup_fast_fallback+0x41c>  // b.none
ffff80008013f7b4:	mov	w2, w19
ffff80008013f7b8:	mov	w1, w26
ffff80008013f7bc:	bl	ffff80008013ca18 <gup_put_folio>
ffff80008013f7c0:	ldr	x0, [sp, #176]
ffff80008013f7c4:	msr	daif, x0
ffff80008013f7c8:	ldr	w0, [sp, #172]
ffff80008013f7cc:	sxtw	x20, w20
ffff80008013f7d0:	cbz	w0, ffff80008013f550 <gup_fast_fallback+0x140>
ffff80008013f7d4:	mrs	x0, sp_el0
ffff80008013f7d8:	ldr	x0, [x0, #984]
ffff80008013f7dc:	dmb	ishld
ffff80008013f7e0:	ldr	w0, [x0, #368]
ffff80008013f7e4:	ldr	w1, [sp, #144]
ffff80008013f7e8:	cmp	w0, w1
ffff80008013f7ec:	b.eq	ffff80008013f550 <gup_fast_fallback+0x140>  // b.none
ffff80008013f7f0:	mov	x21, #0x0                   	// #0
ffff80008013f7f4:	str	wzr, [sp, #200]
ffff80008013f7f8:	cmp	x20, x21
ffff80008013f7fc:	b.ls	ffff80008013f54c <gup_fast_fallback+0x13c>  // b.plast
ffff80008013f800:	ldr	x0, [sp, #104]
ffff80008013f804:	mov	x2, x21
ffff80008013f808:	add	x3, sp, #0xc8
ffff80008013f80c:	mov	x1, x20
ffff80008013f810:	bl	ffff80008013c7c4 <gup_folio_next>
ffff80008013f814:	ldr	w22, [sp, #200]
ffff80008013f818:	mov	w2, #0x80000               	// #524288
ffff80008013f81c:	mov	w1, w22
ffff80008013f820:	bl	ffff80008013ca18 <gup_put_folio>
ffff80008013f824:	add	x21, x21, w22, uxtw
ffff80008013f828:	b	ffff80008013f7f8 <gup_fast_fallback+0x3e8>
ffff80008013f82c:	mov	w1, w19
ffff80008013f830:	bl	ffff80008013cf40 <gup_fast_folio_allowed>
ffff80008013f834:	tst	w0, #0xff
ffff80008013f838:	b.ne	ffff80008013f84c <gup_fast_fallback+0x43c>  // b.any
ffff80008013f83c:	mov	w2, w19
ffff80008013f840:	mov	w1, w26
ffff80008013f844:	mov	x0, x27
ffff80008013f848:	b	ffff80008013f7bc <gup_fast_fallback+0x3ac>
ffff80008013f84c:	tbnz	x25, #51, ffff80008013f868 <gup_fast_fallback+0x458>
ffff80008013f850:	mov	x2, x27
ffff80008013f854:	mov	w1, w19
ffff80008013f858:	mov	x0, #0x0                   	// #0
ffff80008013f85c:	bl	ffff80008013cfa8 <gup_must_unshare>
ffff80008013f860:	tst	w0, #0xff
ffff80008013f864:	b.ne	ffff80008013f83c <gup_fast_fallback+0x42c>  // b.any
ffff80008013f868:	ldr	x0, [sp, #104]
ffff80008013f86c:	and	x1, x26, #0xffffffff
ffff80008013f870:	add	x3, x0, w20, sxtw #3
ffff80008013f874:	mov	x0, #0x0                   	// #0
ffff80008013f878:	add	x2, x24, x0, lsl #6
ffff80008013f87c:	cmp	x1, x0
ffff80008013f880:	b.ne	ffff80008013f88c <gup_fast_fallback+0x47c>  // b.any
ffff80008013f884:	b	ffff80008013f898 <gup_fast_fallback+0x488>
ffff80008013f888:	b	ffff80008013f8e4 <gup_fast_fallback+0x4d4>
ffff80008013f88c:	str	x2, [x3, x0, lsl #3]
ffff80008013f890:	add	x0, x0, #0x1
ffff80008013f894:	b	ffff80008013f878 <gup_fast_fallback+0x468>
ffff80008013f898:	prfm	pstl1strm, [x27]
ffff80008013f89c:	ldxr	x0, [x27]
ffff80008013f8a0:	orr	x0, x0, #0x4
ffff80008013f8a4:	stxr	w1, x0, [x27]
ffff80008013f8a8:	cbnz	w1, ffff80008013f89c <gup_fast_fallback+0x48c>
ffff80008013f8ac:	add	w20, w20, w26
ffff80008013f8b0:	ldr	x0, [sp, #128]
ffff80008013f8b4:	add	x0, x0, #0x8
ffff80008013f8b8:	str	x0, [sp, #128]
ffff80008013f8bc:	cmp	x22, x21
ffff80008013f8c0:	b.ne	ffff80008013f744 <gup_fast_fallback+0x334>  // b.any
ffff80008013f8c4:	ldr	x0, [sp, #120]
ffff80008013f8c8:	add	x0, x0, #0x8
ffff80008013f8cc:	str	x0, [sp, #120]
ffff80008013f8d0:	ldr	x0, [sp, #136]
ffff80008013f8d4:	cmp	x0, x22
ffff80008013f8d8:	b.eq	ffff80008013f7c0 <gup_fast_fallback+0x3b0>  // b.none
ffff80008013f8dc:	mov	x23, x22
ffff80008013f8e0:	b	ffff80008013f5a4 <gup_fast_fallback+0x194>
ffff80008013f8e4:	mov	x0, #0x4                   	// #4
ffff80008013f8e8:	stset	x0, [x27]
ffff80008013f8ec:	b	ffff80008013f8ac <gup_fast_fallback+0x49c>
ffff80008013f8f0:	mov	w1, w19
ffff80008013f8f4:	str	x6, [sp, #152]
ffff80008013f8f8:	str	x5, [sp, #184]
ffff80008013f8fc:	bl	ffff80008013cf40 <gup_fast_folio_allowed>
ffff80008013f900:	ldr	x6, [sp, #152]
ffff80008013f904:	tst	w0, #0xff
ffff80008013f908:	ldr	x5, [sp, #184]
ffff80008013f90c:	b.ne	ffff80008013f920 <gup_fast_fallback+0x510>  // b.any
ffff80008013f910:	mov	w2, w19
ffff80008013f914:	mov	w1, w5
ffff80008013f918:	mov	x0, x23
ffff80008013f91c:	b	ffff80008013f7bc <gup_fast_fallback+0x3ac>
ffff80008013f920:	tbnz	x26, #51, ffff80008013f93c <gup_fast_fallback+0x52c>
ffff80008013f924:	mov	x2, x23
ffff80008013f928:	mov	w1, w19
ffff80008013f92c:	mov	x0, #0x0                   	// #0
ffff80008013f930:	bl	ffff80008013cfa8 <gup_must_unshare>
ffff80008013f934:	tst	w0, #0xff
ffff80008013f938:	b.ne	ffff80008013f910 <gup_fast_fallback+0x500>  // b.any
ffff80008013f93c:	ldr	x0, [sp, #104]
ffff80008013f940:	add	x2, x0, w20, sxtw #3
ffff80008013f944:	and	x0, x5, #0xffffffff
ffff80008013f948:	add	x1, x25, x6, lsl #6
ffff80008013f94c:	cmp	x0, x6
ffff80008013f950:	b.ne	ffff80008013f95c <gup_fast_fallback+0x54c>  // b.any
ffff80008013f954:	b	ffff80008013f968 <gup_fast_fallback+0x558>
ffff80008013f958:	b	ffff80008013f994 <gup_fast_fallback+0x584>
ffff80008013f95c:	str	x1, [x2, x6, lsl #3]
ffff80008013f960:	add	x6, x6, #0x1
ffff80008013f964:	b	ffff80008013f948 <gup_fast_fallback+0x538>
ffff80008013f968:	prfm	pstl1strm, [x23]
ffff80008013f96c:	ldxr	x0, [x23]
ffff80008013f970:	orr	x0, x0, #0x4
ffff80008013f974:	stxr	w1, x0, [x23]
ffff80008013f978:	cbnz	w1, ffff80008013f96c <gup_fast_fallback+0x55c>
ffff80008013f97c:	add	w20, w20, w5
ffff80008013f980:	add	x27, x27, #0x8
ffff80008013f984:	cmp	x21, x24
ffff80008013f988:	b.eq	ffff80008013f8b0 <gup_fast_fallback+0x4a0>  // b.none
ffff80008013f98c:	mov	x23, x24
ffff80008013f990:	b	ffff80008013f65c <gup_fast_fallback+0x24c>
ffff80008013f994:	mov	x0, #0x4                   	// #4
ffff80008013f998:	stset	x0, [x23]
ffff80008013f99c:	b	ffff80008013f97c <gup_fast_fallback+0x56c>
ffff80008013f9a0:	mov	x1, x23
ffff80008013f9a4:	add	x0, sp, #0xc8
ffff80008013f9a8:	mov	x2, #0x0                   	// #0
ffff80008013f9ac:	str	x26, [sp, #200]
ffff80008013f9b0:	bl	ffff800080156438 <__pte_offset_map>
ffff80008013f9b4:	mov	x25, x0
ffff80008013f9b8:	cbz	x0, ffff80008013f7c0 <gup_fast_fallback+0x3b0>
ffff80008013f9bc:	ldr	x5, [x25]
ffff80008013f9c0:	mov	x0, #0x1                   	// #1
ffff80008013f9c4:	movk	x0, #0x10, lsl #48
ffff80008013f9c8:	bics	xzr, x0, x5
ffff80008013f9cc:	b.ne	ffff80008013f9dc <gup_fast_fallback+0x5cc>  // b.any
ffff80008013f9d0:	mov	x0, x25
ffff80008013f9d4:	bl	ffff800080024c84 <contpte_ptep_get_lockless>
ffff80008013f9d8:	mov	x5, x0
ffff80008013f9dc:	mov	x0, #0x841                 	// #2113
ffff80008013f9e0:	mov	x1, #0x800                 	// #2048
ffff80008013f9e4:	movk	x0, #0x40, lsl #48
ffff80008013f9e8:	and	x0, x5, x0
ffff80008013f9ec:	movk	x1, #0x40, lsl #48
ffff80008013f9f0:	cmp	x0, x1
ffff80008013f9f4:	b.eq	ffff80008013fb30 <gup_fast_fallback+0x720>  // b.none
ffff80008013f9f8:	mov	x0, #0x41                  	// #65
ffff80008013f9fc:	and	x0, x5, x0
ffff80008013fa00:	cmp	x0, #0x41
ffff80008013fa04:	b.ne	ffff80008013fb30 <gup_fast_fallback+0x720>  // b.any
ffff80008013fa08:	tbz	w19, #0, ffff80008013fa10 <gup_fast_fallback+0x600>
ffff80008013fa0c:	tbz	x5, #51, ffff80008013fb30 <gup_fast_fallback+0x720>
ffff80008013fa10:	tbnz	x5, #56, ffff80008013fb30 <gup_fast_fallback+0x720>
ffff80008013fa14:	ldr	x0, [x28]
ffff80008013fa18:	ubfx	x1, x5, #12, #38
ffff80008013fa1c:	mov	w2, w19
ffff80008013fa20:	str	x5, [sp, #184]
ffff80008013fa24:	sub	x0, x1, x0, asr #12
ffff80008013fa28:	mov	x1, #0xffffffffc0000000    	// #-1073741824
ffff80008013fa2c:	movk	x1, #0xfdff, lsl #32
ffff80008013fa30:	add	x0, x1, x0, lsl #6
ffff80008013fa34:	mov	w1, #0x1                   	// #1
ffff80008013fa38:	str	x0, [sp, #152]
ffff80008013fa3c:	bl	ffff80008013cc50 <try_grab_folio_fast>
ffff80008013fa40:	mov	x26, x0
ffff80008013fa44:	cbz	x0, ffff80008013fb30 <gup_fast_fallback+0x720>
ffff80008013fa48:	ldr	x0, [x27]
ffff80008013fa4c:	ldr	x1, [sp, #200]
ffff80008013fa50:	ldr	x5, [sp, #184]
ffff80008013fa54:	cmp	x1, x0
ffff80008013fa58:	b.eq	ffff80008013fa74 <gup_fast_fallback+0x664>  // b.none
ffff80008013fa5c:	mov	w2, w19
ffff80008013fa60:	mov	x0, x26
ffff80008013fa64:	mov	w1, #0x1                   	// #1
ffff80008013fa68:	bl	ffff80008013ca18 <gup_put_folio>
ffff80008013fa6c:	bl	ffff80008013ce28 <__rcu_read_unlock>
ffff80008013fa70:	b	ffff80008013f7c0 <gup_fast_fallback+0x3b0>
ffff80008013fa74:	ldr	x0, [x25]
ffff80008013fa78:	mov	x1, #0x1                   	// #1
ffff80008013fa7c:	movk	x1, #0x10, lsl #48
ffff80008013fa80:	bics	xzr, x1, x0
ffff80008013fa84:	b.ne	ffff80008013fa98 <gup_fast_fallback+0x688>  // b.any
ffff80008013fa88:	mov	x0, x25
ffff80008013fa8c:	str	x5, [sp, #184]
ffff80008013fa90:	bl	ffff800080024c84 <contpte_ptep_get_lockless>
ffff80008013fa94:	ldr	x5, [sp, #184]
ffff80008013fa98:	str	x5, [sp, #184]
ffff80008013fa9c:	cmp	x5, x0
ffff80008013faa0:	b.ne	ffff80008013fa5c <gup_fast_fallback+0x64c>  // b.any
ffff80008013faa4:	mov	w1, w19
ffff80008013faa8:	mov	x0, x26
ffff80008013faac:	bl	ffff80008013cf40 <gup_fast_folio_allowed>
ffff80008013fab0:	tst	w0, #0xff
ffff80008013fab4:	ldr	x5, [sp, #184]
ffff80008013fab8:	b.eq	ffff80008013fa5c <gup_fast_fallback+0x64c>  // b.none
ffff80008013fabc:	tbnz	x5, #51, ffff80008013fad8 <gup_fast_fallback+0x6c8>
ffff80008013fac0:	ldr	x2, [sp, #152]
ffff80008013fac4:	mov	w1, w19
ffff80008013fac8:	mov	x0, #0x0                   	// #0
ffff80008013facc:	bl	ffff80008013cfa8 <gup_must_unshare>
ffff80008013fad0:	tst	w0, #0xff
ffff80008013fad4:	b.ne	ffff80008013fa5c <gup_fast_fallback+0x64c>  // b.any
ffff80008013fad8:	b	ffff80008013fae0 <gup_fast_fallback+0x6d0>
ffff80008013fadc:	b	ffff80008013fb24 <gup_fast_fallback+0x714>
ffff80008013fae0:	prfm	pstl1strm, [x26]
ffff80008013fae4:	ldxr	x0, [x26]
ffff80008013fae8:	orr	x0, x0, #0x4
ffff80008013faec:	stxr	w1, x0, [x26]
ffff80008013faf0:	cbnz	w1, ffff80008013fae4 <gup_fast_fallback+0x6d4>
ffff80008013faf4:	ldr	x0, [sp, #104]
ffff80008013faf8:	add	x23, x23, #0x1, lsl #12
ffff80008013fafc:	ldr	x1, [sp, #152]
ffff80008013fb00:	add	x25, x25, #0x8
ffff80008013fb04:	str	x1, [x0, w20, sxtw #3]
ffff80008013fb08:	add	w20, w20, #0x1
ffff80008013fb0c:	cmp	x24, x23
ffff80008013fb10:	b.ne	ffff80008013f9bc <gup_fast_fallback+0x5ac>  // b.any
ffff80008013fb14:	mov	w25, #0x1                   	// #1
ffff80008013fb18:	bl	ffff80008013ce28 <__rcu_read_unlock>
ffff80008013fb1c:	cbnz	w25, ffff80008013f980 <gup_fast_fallback+0x570>
ffff80008013fb20:	b	ffff80008013f7c0 <gup_fast_fallback+0x3b0>
ffff80008013fb24:	mov	x0, #0x4                   	// #4
ffff80008013fb28:	stset	x0, [x26]
ffff80008013fb2c:	b	ffff80008013faf4 <gup_fast_fallback+0x6e4>
ffff80008013fb30:	mov	w25, #0x0                   	// #0
ffff80008013fb34:	b	ffff80008013fb18 <gup_fast_fallback+0x708>
ffff80008013fb38:	ldr	x1, [sp, #104]
ffff80008013fb3c:	mrs	x0, sp_el0
ffff80008013fb40:	ldr	x0, [x0, #984]
ffff80008013fb44:	mov	w5, #0x210000              	// #2162688
ffff80008013fb48:	add	x3, x1, x20, lsl #3
ffff80008013fb4c:	orr	w5, w19, w5
ffff80008013fb50:	ldr	x1, [sp, #160]
ffff80008013fb54:	add	x4, sp, #0xc4
ffff80008013fb58:	sub	x2, x1, x20
ffff80008013fb5c:	ldr	x1, [sp, #112]
ffff80008013fb60:	add	x1, x1, x20, lsl #12
ffff80008013fb64:	bl	ffff80008013ef6c <__gup_longterm_locked>
ffff80008013fb68:	tbz	w0, #31, ffff80008013fb78 <gup_fast_fallback+0x768>
ffff80008013fb6c:	cmp	x20, #0x0
ffff80008013fb70:	csel	w0, w0, w20, eq	// eq = none
ffff80008013fb74:	b	ffff80008013f4b0 <gup_fast_fallback+0xa0>
ffff80008013fb78:	add	w0, w20, w0
ffff80008013fb7c:	b	ffff80008013f4b0 <gup_fast_fallback+0xa0>

Disassembly of section .rodata.text:

Disassembly of section .init.text:

Disassembly of section .exit.text:
