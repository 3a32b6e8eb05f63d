
/work/wt-eval/build/strict/obj-eval-arm64/vmlinux:     file format elf64-littleaarch64


Disassembly of section .head.text:

Disassembly of section .text:

ffff80008013f46c <gup_fast_fallback>:
ffff80008013f46c:	stp	x29, x30, [sp, #-224]!
ffff80008013f470:	mov	x4, x0
ffff80008013f474:	mov	w0, #0xead4                	// #60116
ffff80008013f478:	mov	x29, sp
ffff80008013f47c:	stp	x19, x20, [sp, #16]
ffff80008013f480:	movk	w0, #0xffe7, lsl #16
ffff80008013f484:	stp	x21, x22, [sp, #32]
ffff80008013f488:	stp	x23, x24, [sp, #48]
ffff80008013f48c:	stp	x25, x26, [sp, #64]
ffff80008013f490:	stp	x27, x28, [sp, #80]
ffff80008013f494:	str	x3, [sp, #104]
ffff80008013f498:	str	x1, [sp, #168]
ffff80008013f49c:	str	wzr, [sp, #212]
ffff80008013f4a0:	tst	w2, w0
ffff80008013f4a4:	b.ne	ffff80008013f504 <gup_fast_fallback+0x98>  // b.any
ffff80008013f4a8:	and	w0, w2, #0x80000
ffff80008013f4ac:	str	w0, [sp, #180]
ffff80008013f4b0:	mov	w19, w2
ffff80008013f4b4:	tbz	w19, #19, ffff80008013f4c4 <gup_fast_fallback+0x58>
ffff80008013f4b8:	mrs	x0, sp_el0
ffff80008013f4bc:	ldr	x0, [x0, #984]
ffff80008013f4c0:	bl	ffff80008013d12c <mm_set_has_pinned_flag>
ffff80008013f4c4:	sbfx	x23, x4, #0, #56
ffff80008013f4c8:	and	x23, x23, x4
ffff80008013f4cc:	and	x0, x23, #0xfffffffffffff000
ffff80008013f4d0:	str	x0, [sp, #112]
ffff80008013f4d4:	ldr	x0, [sp, #168]
ffff80008013f4d8:	ldr	x1, [sp, #112]
ffff80008013f4dc:	lsl	x0, x0, #12
ffff80008013f4e0:	adds	x0, x1, x0
ffff80008013f4e4:	str	x0, [sp, #136]
ffff80008013f4e8:	b.cs	ffff80008013f528 <gup_fast_fallback+0xbc>  // b.hs, b.nlast
ffff80008013f4ec:	ldr	x1, [sp, #136]
ffff80008013f4f0:	mov	x0, #0x1000000000000       	// #281474976710656
ffff80008013f4f4:	cmp	x1, x0
ffff80008013f4f8:	b.ls	ffff80008013f530 <gup_fast_fallback+0xc4>  // b.plast
ffff80008013f4fc:	mov	w0, #0xfffffff2            	// #-14
ffff80008013f500:	b	ffff80008013f50c <gup_fast_fallback+0xa0>
ffff80008013f504:	brk	#0x800
ffff80008013f508:	mov	w0, #0xffffffea            	// #-22
ffff80008013f50c:	ldp	x19, x20, [sp, #16]
ffff80008013f510:	ldp	x21, x22, [sp, #32]
ffff80008013f514:	ldp	x23, x24, [sp, #48]
ffff80008013f518:	ldp	x25, x26, [sp, #64]
ffff80008013f51c:	ldp	x27, x28, [sp, #80]
ffff80008013f520:	ldp	x29, x30, [sp], #224
ffff80008013f524:	ret
ffff80008013f528:	mov	w0, #0xffffffb5            	// #-75
ffff80008013f52c:	b	ffff80008013f50c <gup_fast_fallback+0xa0>
ffff80008013f530:	mrs	x0, sp_el0
ffff80008013f534:	ldr	x0, [x0, #984]
ffff80008013f538:	str	x0, [sp, #144]
ffff80008013f53c:	and	w0, w19, #0x80000
ffff80008013f540:	cbnz	w0, ffff80008013f584 <gup_fast_fallback+0x118>
ffff80008013f544:	str	wzr, [sp, #152]
ffff80008013f548:	mrs	x0, daif
ffff80008013f54c:	str	x0, [sp, #184]
ffff80008013f550:	msr	daifset, #0x3
ffff80008013f554:	adrp	x2, ffff8000803f7000 <rodata_full>
ffff80008013f558:	mov	x1, #0x1                   	// #1
ffff80008013f55c:	mrs	x0, sp_el0
ffff80008013f560:	ldr	w0, [x0, #16]
ffff80008013f564:	ldr	x3, [sp, #144]
ffff80008013f568:	ldr	w2, [x2, #4]
ffff80008013f56c:	lsl	x1, x1, x0
ffff80008013f570:	lsr	w0, w0, #6
ffff80008013f574:	add	x2, x3, x2
ffff80008013f578:	add	x0, x2, x0, lsl #3
ffff80008013f57c:	b	ffff80008013f5b8 <gup_fast_fallback+0x14c>
ffff80008013f580:	b	ffff80008013f794 <gup_fast_fallback+0x328>
ffff80008013f584:	ldr	x0, [sp, #144]
ffff80008013f588:	add	x0, x0, #0x170
ffff80008013f58c:	ldar	w0, [x0]
ffff80008013f590:	str	w0, [sp, #152]
ffff80008013f594:	ldr	x0, [sp, #152]
ffff80008013f598:	tbz	w0, #0, ffff80008013f548 <gup_fast_fallback+0xdc>
ffff80008013f59c:	mov	x20, #0x0                   	// #0
ffff80008013f5a0:	ldr	x0, [sp, #168]
ffff80008013f5a4:	cmp	x0, x20
ffff80008013f5a8:	b.eq	ffff80008013f5b0 <gup_fast_fallback+0x144>  // b.none
ffff80008013f5ac:	tbz	w19, #20, ffff80008013fbe8 <gup_fast_fallback+0x77c>
ffff80008013f5b0:	mov	w0, w20
ffff80008013f5b4:	b	ffff80008013f50c <gup_fast_fallback+0xa0>
ffff80008013f5b8:	prfm	pstl1strm, [x0]
ffff80008013f5bc:	ldxr	x2, [x0]
ffff80008013f5c0:	orr	x3, x2, x1
ffff80008013f5c4:	stlxr	w4, x3, [x0]
ffff80008013f5c8:	cbnz	w4, ffff80008013f5bc <gup_fast_fallback+0x150>
ffff80008013f5cc:	dmb	ish
ffff80008013f5d0:	and	x0, x2, x1
ffff80008013f5d4:	str	x0, [sp, #192]
ffff80008013f5d8:	mrs	x0, sp_el0
ffff80008013f5dc:	ldr	x1, [x0, #984]
ffff80008013f5e0:	mov	w20, #0x0                   	// #0
ffff80008013f5e4:	ldr	x0, [sp, #112]
ffff80008013f5e8:	ldr	x1, [x1, #104]
ffff80008013f5ec:	ldr	x23, [sp, #112]
ffff80008013f5f0:	ubfx	x0, x0, #39, #9
ffff80008013f5f4:	add	x0, x1, x0, lsl #3
ffff80008013f5f8:	str	x0, [sp, #120]
ffff80008013f5fc:	ldr	x0, [sp, #120]
ffff80008013f600:	mov	x22, #0x8000000000          	// #549755813888
ffff80008013f604:	add	x22, x23, x22
ffff80008013f608:	and	x22, x22, #0xffffff8000000000
ffff80008013f60c:	ldr	x0, [x0]
ffff80008013f610:	sub	x1, x22, #0x1
ffff80008013f614:	ldr	x0, [sp, #136]
ffff80008013f618:	sub	x0, x0, #0x1
ffff80008013f61c:	cmp	x1, x0
ffff80008013f620:	ldr	x0, [sp, #136]
ffff80008013f624:	csel	x22, x22, x0, cc	// cc = lo, ul, last
ffff80008013f628:	ldr	x0, [sp, #120]
ffff80008013f62c:	ldr	x0, [x0]
ffff80008013f630:	cbz	x0, ffff80008013f818 <gup_fast_fallback+0x3ac>
ffff80008013f634:	adrp	x1, ffff8000803ef000 <cpucap_ptrs+0x280>
ffff80008013f638:	add	x28, x1, #0x1c0
ffff80008013f63c:	and	x0, x0, #0x3fffffffff000
ffff80008013f640:	ldr	x1, [x1, #448]
ffff80008013f644:	sub	x0, x0, x1
ffff80008013f648:	ubfx	x1, x23, #30, #9
ffff80008013f64c:	orr	x0, x0, #0xffff000000000000
ffff80008013f650:	add	x0, x0, x1, lsl #3
ffff80008013f654:	str	x0, [sp, #128]
ffff80008013f658:	ldr	x0, [sp, #128]
ffff80008013f65c:	mov	x21, #0x40000000            	// #1073741824
ffff80008013f660:	add	x21, x23, x21
ffff80008013f664:	and	x21, x21, #0xffffffffc0000000
ffff80008013f668:	ldr	x25, [x0]
ffff80008013f66c:	sub	x1, x21, #0x1
ffff80008013f670:	sub	x0, x22, #0x1
ffff80008013f674:	cmp	x1, x0
ffff80008013f678:	csel	x21, x21, x22, cc	// cc = lo, ul, last
ffff80008013f67c:	tbnz	w25, #0, ffff80008013f690 <gup_fast_fallback+0x224>
ffff80008013f680:	mov	x0, #0x801                 	// #2049
ffff80008013f684:	and	x0, x25, x0
ffff80008013f688:	cmp	x0, #0x800
ffff80008013f68c:	b.ne	ffff80008013f818 <gup_fast_fallback+0x3ac>  // b.any
ffff80008013f690:	and	x0, x25, #0x3
ffff80008013f694:	cmp	x0, #0x3
ffff80008013f698:	b.ne	ffff80008013f7a4 <gup_fast_fallback+0x338>  // b.any
ffff80008013f69c:	ldr	x0, [x28]
ffff80008013f6a0:	and	x25, x25, #0x3fffffffff000
ffff80008013f6a4:	ubfx	x27, x23, #21, #9
ffff80008013f6a8:	sub	x25, x25, x0
ffff80008013f6ac:	orr	x25, x25, #0xffff000000000000
ffff80008013f6b0:	add	x27, x25, x27, lsl #3
ffff80008013f6b4:	add	x24, x23, #0x200, lsl #12
ffff80008013f6b8:	sub	x0, x21, #0x1
ffff80008013f6bc:	and	x24, x24, #0xffffffffffe00000
ffff80008013f6c0:	ldr	x26, [x27]
ffff80008013f6c4:	sub	x1, x24, #0x1
ffff80008013f6c8:	cmp	x1, x0
ffff80008013f6cc:	csel	x24, x24, x21, cc	// cc = lo, ul, last
ffff80008013f6d0:	tbnz	w26, #0, ffff80008013f6e4 <gup_fast_fallback+0x278>
ffff80008013f6d4:	mov	x0, #0x801                 	// #2049
ffff80008013f6d8:	and	x0, x26, x0
ffff80008013f6dc:	cmp	x0, #0x800
ffff80008013f6e0:	b.ne	ffff80008013f818 <gup_fast_fallback+0x3ac>  // b.any
ffff80008013f6e4:	mov	x0, x26
ffff80008013f6e8:	bl	ffff80008013c794 <pmd_leaf>
ffff80008013f6ec:	tst	w0, #0xff
ffff80008013f6f0:	b.eq	ffff80008013f9c4 <gup_fast_fallback+0x558>  // b.none
ffff80008013f6f4:	mov	x0, #0x841                 	// #2113
ffff80008013f6f8:	movk	x0, #0x40, lsl #48
ffff80008013f6fc:	and	x1, x26, x0
ffff80008013f700:	sub	x0, x0, #0x41
ffff80008013f704:	cmp	x1, x0
ffff80008013f708:	b.eq	ffff80008013f818 <gup_fast_fallback+0x3ac>  // b.none
ffff80008013f70c:	mov	x0, #0x41                  	// #65
ffff80008013f710:	and	x0, x26, x0
ffff80008013f714:	cmp	x0, #0x41
ffff80008013f718:	b.ne	ffff80008013f818 <gup_fast_fallback+0x3ac>  // b.any
ffff80008013f71c:	tbz	w19, #0, ffff80008013f724 <gup_fast_fallback+0x2b8>
ffff80008013f720:	tbz	x26, #51, ffff80008013f818 <gup_fast_fallback+0x3ac>
ffff80008013f724:	and	x6, x26, #0x100000000000000
ffff80008013f728:	str	x6, [sp, #200]
ffff80008013f72c:	tbnz	x26, #56, ffff80008013f818 <gup_fast_fallback+0x3ac>
ffff80008013f730:	ldr	x25, [x28]
ffff80008013f734:	ubfx	x3, x23, #12, #9
ffff80008013f738:	sub	x5, x24, x23
ffff80008013f73c:	ubfx	x0, x26, #12, #38
ffff80008013f740:	mov	w2, w19
ffff80008013f744:	sub	x25, x3, x25, asr #12
ffff80008013f748:	lsr	x5, x5, #12
ffff80008013f74c:	add	x25, x25, x0
ffff80008013f750:	mov	x0, #0xffffffffc0000000    	// #-1073741824
ffff80008013f754:	movk	x0, #0xfdff, lsl #32
ffff80008013f758:	mov	w1, w5
ffff80008013f75c:	add	x25, x0, x25, lsl #6
ffff80008013f760:	str	x5, [sp, #160]
ffff80008013f764:	mov	x0, x25
ffff80008013f768:	bl	ffff80008013ccac <try_grab_folio_fast>
ffff80008013f76c:	mov	x23, x0
ffff80008013f770:	cbz	x0, ffff80008013f818 <gup_fast_fallback+0x3ac>
ffff80008013f774:	ldr	x1, [x27]
ffff80008013f778:	ldr	x5, [sp, #160]
ffff80008013f77c:	cmp	x26, x1
ffff80008013f780:	ldr	x6, [sp, #200]
ffff80008013f784:	b.eq	ffff80008013f914 <gup_fast_fallback+0x4a8>  // b.none
ffff80008013f788:	mov	w2, w19
ffff80008013f78c:	mov	w1, w5
ffff80008013f790:	b	ffff80008013f814 <gup_fast_fallback+0x3a8>
ffff80008013f794:	ldsetal	x1, x2, [x0]
ffff80008013f798:	b	ffff80008013f5d0 <gup_fast_fallback+0x164>
ffff80008013f79c:	mov	x23, x21
ffff80008013f7a0:	b	ffff80008013f658 <gup_fast_fallback+0x1ec>
ffff80008013f7a4:	mov	x0, #0x41                  	// #65
ffff80008013f7a8:	and	x0, x25, x0
ffff80008013f7ac:	cmp	x0, #0x41
ffff80008013f7b0:	b.ne	ffff80008013f818 <gup_fast_fallback+0x3ac>  // b.any
ffff80008013f7b4:	tbz	w19, #0, ffff80008013f7bc <gup_fast_fallback+0x350>
ffff80008013f7b8:	tbz	x25, #51, ffff80008013f818 <gup_fast_fallback+0x3ac>
ffff80008013f7bc:	ldr	x24, [x28]
ffff80008013f7c0:	ubfx	x3, x23, #12, #18
ffff80008013f7c4:	ubfx	x0, x25, #12, #38
ffff80008013f7c8:	sub	x4, x21, x23
ffff80008013f7cc:	mov	w2, w19
ffff80008013f7d0:	sub	x24, x3, x24, asr #12
ffff80008013f7d4:	lsr	x26, x4, #12
ffff80008013f7d8:	add	x24, x24, x0
ffff80008013f7dc:	mov	x0, #0xffffffffc0000000    	// #-1073741824
ffff80008013f7e0:	movk	x0, #0xfdff, lsl #32
ffff80008013f7e4:	mov	w1, w26
ffff80008013f7e8:	add	x24, x0, x24, lsl #6
ffff80008013f7ec:	mov	x0, x24
ffff80008013f7f0:	bl	ffff80008013ccac <try_grab_folio_fast>
ffff80008013f7f4:	mov	x27, x0
ffff80008013f7f8:	cbz	x0, ffff80008013f818 <gup_fast_fallback+0x3ac>
ffff80008013f7fc:	ldr	x1, [sp, #128]
ffff80008013f800:	ldr	x1, [x1]
ffff80008013f804:	cmp	x25, x1
ffff80008013f808:	b.eq	ffff80008013f850 <gup_fast_fallback+0x3e4>  // b.none
ffff80008013f80c:	mov	w2, w19
ffff80008013f810:	mov	w1, w26
ffff80008013f814:	bl	ffff80008013ca74 <gup_put_folio>
ffff80008013f818:	ldr	x0, [sp, #192]
ffff80008013f81c:	cbnz	x0, ffff80008013fb74 <gup_fast_fallback+0x708>
ffff80008013f820:	mrs	x0, sp_el0
ffff80008013f824:	ldr	w2, [x0, #16]
ffff80008013f828:	adrp	x0, ffff8000803f7000 <rodata_full>
ffff80008013f82c:	ldr	x1, [sp, #144]
ffff80008013f830:	ldr	w0, [x0, #4]
ffff80008013f834:	add	x1, x1, x0
ffff80008013f838:	lsr	w0, w2, #6
ffff80008013f83c:	add	x0, x1, x0, lsl #3
ffff80008013f840:	mov	x1, #0x1                   	// #1
ffff80008013f844:	lsl	x1, x1, x2
ffff80008013f848:	b	ffff80008013fb60 <gup_fast_fallback+0x6f4>
ffff80008013f84c:	b	ffff80008013fbe0 <gup_fast_fallback+0x774>
ffff80008013f850:	mov	w1, w19
ffff80008013f854:	bl	ffff80008013cf9c <gup_fast_folio_allowed>
ffff80008013f858:	tst	w0, #0xff
ffff80008013f85c:	b.ne	ffff80008013f870 <gup_fast_fallback+0x404>  // b.any
ffff80008013f860:	mov	w2, w19
ffff80008013f864:	mov	w1, w26
ffff80008013f868:	mov	x0, x27
ffff80008013f86c:	b	ffff80008013f814 <gup_fast_fallback+0x3a8>
ffff80008013f870:	tbnz	x25, #51, ffff80008013f88c <gup_fast_fallback+0x420>
ffff80008013f874:	mov	x2, x27
ffff80008013f878:	mov	w1, w19
ffff80008013f87c:	mov	x0, #0x0                   	// #0
ffff80008013f880:	bl	ffff80008013d004 <gup_must_unshare>
ffff80008013f884:	tst	w0, #0xff
ffff80008013f888:	b.ne	ffff80008013f860 <gup_fast_fallback+0x3f4>  // b.any
ffff80008013f88c:	ldr	x0, [sp, #104]
ffff80008013f890:	and	x1, x26, #0xffffffff
ffff80008013f894:	add	x3, x0, w20, sxtw #3
ffff80008013f898:	mov	x0, #0x0                   	// #0
ffff80008013f89c:	add	x2, x24, x0, lsl #6
ffff80008013f8a0:	cmp	x1, x0
ffff80008013f8a4:	b.ne	ffff80008013f8b0 <gup_fast_fallback+0x444>  // b.any
ffff80008013f8a8:	b	ffff80008013f8bc <gup_fast_fallback+0x450>
ffff80008013f8ac:	b	ffff80008013f908 <gup_fast_fallback+0x49c>
ffff80008013f8b0:	str	x2, [x3, x0, lsl #3]
ffff80008013f8b4:	add	x0, x0, #0x1
ffff80008013f8b8:	b	ffff80008013f89c <gup_fast_fallback+0x430>
ffff80008013f8bc:	prfm	pstl1strm, [x27]
ffff80008013f8c0:	ldxr	x0, [x27]
ffff80008013f8c4:	orr	x0, x0, #0x4
ffff80008013f8c8:	stxr	w1, x0, [x27]
ffff80008013f8cc:	cbnz	w1, ffff80008013f8c0 <gup_fast_fallback+0x454>
ffff80008013f8d0:	add	w20, w20, w26
ffff80008013f8d4:	ldr	x0, [sp, #128]
ffff80008013f8d8:	add	x0, x0, #0x8
ffff80008013f8dc:	str	x0, [sp, #128]
ffff80008013f8e0:	cmp	x22, x21
ffff80008013f8e4:	b.ne	ffff80008013f79c <gup_fast_fallback+0x330>  // b.any
ffff80008013f8e8:	ldr	x0, [sp, #120]
ffff80008013f8ec:	add	x0, x0, #0x8
ffff80008013f8f0:	str	x0, [sp, #120]
ffff80008013f8f4:	ldr	x0, [sp, #136]
ffff80008013f8f8:	cmp	x0, x22
ffff80008013f8fc:	b.eq	ffff80008013f818 <gup_fast_fallback+0x3ac>  // b.none
ffff80008013f900:	mov	x23, x22
ffff80008013f904:	b	ffff80008013f5fc <gup_fast_fallback+0x190>
ffff80008013f908:	mov	x0, #0x4                   	// #4
ffff80008013f90c:	stset	x0, [x27]
ffff80008013f910:	b	ffff80008013f8d0 <gup_fast_fallback+0x464>
ffff80008013f914:	mov	w1, w19
ffff80008013f918:	str	x6, [sp, #160]
ffff80008013f91c:	str	x5, [sp, #200]
ffff80008013f920:	bl	ffff80008013cf9c <gup_fast_folio_allowed>
ffff80008013f924:	ldr	x6, [sp, #160]
ffff80008013f928:	tst	w0, #0xff
ffff80008013f92c:	ldr	x5, [sp, #200]
ffff80008013f930:	b.ne	ffff80008013f944 <gup_fast_fallback+0x4d8>  // b.any
ffff80008013f934:	mov	w2, w19
ffff80008013f938:	mov	w1, w5
ffff80008013f93c:	mov	x0, x23
ffff80008013f940:	b	ffff80008013f814 <gup_fast_fallback+0x3a8>
ffff80008013f944:	tbnz	x26, #51, ffff80008013f960 <gup_fast_fallback+0x4f4>
ffff80008013f948:	mov	x2, x23
ffff80008013f94c:	mov	w1, w19
ffff80008013f950:	mov	x0, #0x0                   	// #0
ffff80008013f954:	bl	ffff80008013d004 <gup_must_unshare>
ffff80008013f958:	tst	w0, #0xff
ffff80008013f95c:	b.ne	ffff80008013f934 <gup_fast_fallback+0x4c8>  // b.any
ffff80008013f960:	ldr	x0, [sp, #104]
ffff80008013f964:	add	x2, x0, w20, sxtw #3
ffff80008013f968:	and	x0, x5, #0xffffffff
ffff80008013f96c:	add	x1, x25, x6, lsl #6
ffff80008013f970:	cmp	x0, x6
ffff80008013f974:	b.ne	ffff80008013f980 <gup_fast_fallback+0x514>  // b.any
ffff80008013f978:	b	ffff80008013f98c <gup_fast_fallback+0x520>
ffff80008013f97c:	b	ffff80008013f9b8 <gup_fast_fallback+0x54c>
ffff80008013f980:	str	x1, [x2, x6, lsl #3]
ffff80008013f984:	add	x6, x6, #0x1
ffff80008013f988:	b	ffff80008013f96c <gup_fast_fallback+0x500>
ffff80008013f98c:	prfm	pstl1strm, [x23]
ffff80008013f990:	ldxr	x0, [x23]
ffff80008013f994:	orr	x0, x0, #0x4
ffff80008013f998:	stxr	w1, x0, [x23]
ffff80008013f99c:	cbnz	w1, ffff80008013f990 <gup_fast_fallback+0x524>
ffff80008013f9a0:	add	w20, w20, w5
ffff80008013f9a4:	add	x27, x27, #0x8
ffff80008013f9a8:	cmp	x21, x24
ffff80008013f9ac:	b.eq	ffff80008013f8d4 <gup_fast_fallback+0x468>  // b.none
ffff80008013f9b0:	mov	x23, x24
ffff80008013f9b4:	b	ffff80008013f6b4 <gup_fast_fallback+0x248>
ffff80008013f9b8:	mov	x0, #0x4                   	// #4
ffff80008013f9bc:	stset	x0, [x23]
ffff80008013f9c0:	b	ffff80008013f9a0 <gup_fast_fallback+0x534>
ffff80008013f9c4:	mov	x1, x23
ffff80008013f9c8:	add	x0, sp, #0xd8
ffff80008013f9cc:	mov	x2, #0x0                   	// #0
ffff80008013f9d0:	str	x26, [sp, #216]
ffff80008013f9d4:	bl	ffff800080156480 <__pte_offset_map>
ffff80008013f9d8:	mov	x25, x0
ffff80008013f9dc:	cbz	x0, ffff80008013f818 <gup_fast_fallback+0x3ac>
ffff80008013f9e0:	ldr	x5, [x25]
ffff80008013f9e4:	mov	x0, #0x1                   	// #1
ffff80008013f9e8:	movk	x0, #0x10, lsl #48
ffff80008013f9ec:	bics	xzr, x0, x5
ffff80008013f9f0:	b.ne	ffff80008013fa00 <gup_fast_fallback+0x594>  // b.any
ffff80008013f9f4:	mov	x0, x25
ffff80008013f9f8:	bl	ffff800080024c84 <contpte_ptep_get_lockless>
ffff80008013f9fc:	mov	x5, x0
ffff80008013fa00:	mov	x0, #0x841                 	// #2113
ffff80008013fa04:	mov	x1, #0x800                 	// #2048
ffff80008013fa08:	movk	x0, #0x40, lsl #48
ffff80008013fa0c:	and	x0, x5, x0
ffff80008013fa10:	movk	x1, #0x40, lsl #48
ffff80008013fa14:	cmp	x0, x1
ffff80008013fa18:	b.eq	ffff80008013fb58 <gup_fast_fallback+0x6ec>  // b.none
ffff80008013fa1c:	mov	x0, #0x41                  	// #65
ffff80008013fa20:	and	x0, x5, x0
ffff80008013fa24:	cmp	x0, #0x41
ffff80008013fa28:	b.ne	ffff80008013fb58 <gup_fast_fallback+0x6ec>  // b.any
ffff80008013fa2c:	tbz	w19, #0, ffff80008013fa34 <gup_fast_fallback+0x5c8>
ffff80008013fa30:	tbz	x5, #51, ffff80008013fb58 <gup_fast_fallback+0x6ec>
ffff80008013fa34:	tbnz	x5, #56, ffff80008013fb58 <gup_fast_fallback+0x6ec>
ffff80008013fa38:	ldr	x0, [x28]
ffff80008013fa3c:	ubfx	x1, x5, #12, #38
ffff80008013fa40:	mov	w2, w19
ffff80008013fa44:	str	x5, [sp, #200]
ffff80008013fa48:	sub	x0, x1, x0, asr #12
ffff80008013fa4c:	mov	x1, #0xffffffffc0000000    	// #-1073741824
ffff80008013fa50:	movk	x1, #0xfdff, lsl #32
ffff80008013fa54:	add	x0, x1, x0, lsl #6
ffff80008013fa58:	mov	w1, #0x1                   	// #1
ffff80008013fa5c:	str	x0, [sp, #160]
ffff80008013fa60:	bl	ffff80008013ccac <try_grab_folio_fast>
ffff80008013fa64:	mov	x26, x0
ffff80008013fa68:	cbz	x0, ffff80008013fb58 <gup_fast_fallback+0x6ec>
ffff80008013fa6c:	ldr	x0, [x27]
ffff80008013fa70:	ldr	x1, [sp, #216]
ffff80008013fa74:	ldr	x5, [sp, #200]
ffff80008013fa78:	cmp	x1, x0
ffff80008013fa7c:	b.eq	ffff80008013fa98 <gup_fast_fallback+0x62c>  // b.none
ffff80008013fa80:	mov	w2, w19
ffff80008013fa84:	mov	x0, x26
ffff80008013fa88:	mov	w1, #0x1                   	// #1
ffff80008013fa8c:	bl	ffff80008013ca74 <gup_put_folio>
ffff80008013fa90:	bl	ffff80008013ce84 <__rcu_read_unlock>
ffff80008013fa94:	b	ffff80008013f818 <gup_fast_fallback+0x3ac>
ffff80008013fa98:	ldr	x2, [x25]
ffff80008013fa9c:	mov	x0, #0x1                   	// #1
ffff80008013faa0:	movk	x0, #0x10, lsl #48
ffff80008013faa4:	bics	xzr, x0, x2
ffff80008013faa8:	b.ne	ffff80008013fac0 <gup_fast_fallback+0x654>  // b.any
ffff80008013faac:	mov	x0, x25
ffff80008013fab0:	str	x5, [sp, #200]
ffff80008013fab4:	bl	ffff800080024c84 <contpte_ptep_get_lockless>
ffff80008013fab8:	mov	x2, x0
ffff80008013fabc:	ldr	x5, [sp, #200]
ffff80008013fac0:	str	x2, [sp, #200]
ffff80008013fac4:	cmp	x2, x5
ffff80008013fac8:	b.ne	ffff80008013fa80 <gup_fast_fallback+0x614>  // b.any
ffff80008013facc:	mov	w1, w19
ffff80008013fad0:	mov	x0, x26
ffff80008013fad4:	bl	ffff80008013cf9c <gup_fast_folio_allowed>
ffff80008013fad8:	tst	w0, #0xff
ffff80008013fadc:	ldr	x2, [sp, #200]
ffff80008013fae0:	b.eq	ffff80008013fa80 <gup_fast_fallback+0x614>  // b.none
ffff80008013fae4:	tbnz	x2, #51, ffff80008013fb00 <gup_fast_fallback+0x694>
ffff80008013fae8:	ldr	x2, [sp, #160]
ffff80008013faec:	mov	w1, w19
ffff80008013faf0:	mov	x0, #0x0                   	// #0
ffff80008013faf4:	bl	ffff80008013d004 <gup_must_unshare>
ffff80008013faf8:	tst	w0, #0xff
ffff80008013fafc:	b.ne	ffff80008013fa80 <gup_fast_fallback+0x614>  // b.any
ffff80008013fb00:	b	ffff80008013fb08 <gup_fast_fallback+0x69c>
ffff80008013fb04:	b	ffff80008013fb4c <gup_fast_fallback+0x6e0>
ffff80008013fb08:	prfm	pstl1strm, [x26]
ffff80008013fb0c:	ldxr	x0, [x26]
ffff80008013fb10:	orr	x0, x0, #0x4
ffff80008013fb14:	stxr	w1, x0, [x26]
ffff80008013fb18:	cbnz	w1, ffff80008013fb0c <gup_fast_fallback+0x6a0>
ffff80008013fb1c:	ldr	x0, [sp, #104]
ffff80008013fb20:	add	x23, x23, #0x1, lsl #12
ffff80008013fb24:	ldr	x1, [sp, #160]
ffff80008013fb28:	add	x25, x25, #0x8
ffff80008013fb2c:	str	x1, [x0, w20, sxtw #3]
ffff80008013fb30:	add	w20, w20, #0x1
ffff80008013fb34:	cmp	x24, x23
ffff80008013fb38:	b.ne	ffff80008013f9e0 <gup_fast_fallback+0x574>  // b.any
ffff80008013fb3c:	mov	w25, #0x1                   	// #1
ffff80008013fb40:	bl	ffff80008013ce84 <__rcu_read_unlock>
ffff80008013fb44:	cbnz	w25, ffff80008013f9a4 <gup_fast_fallback+0x538>
ffff80008013fb48:	b	ffff80008013f818 <gup_fast_fallback+0x3ac>
ffff80008013fb4c:	mov	x0, #0x4                   	// #4
ffff80008013fb50:	stset	x0, [x26]
ffff80008013fb54:	b	ffff80008013fb1c <gup_fast_fallback+0x6b0>
ffff80008013fb58:	mov	w25, #0x0                   	// #0
ffff80008013fb5c:	b	ffff80008013fb40 <gup_fast_fallback+0x6d4>
ffff80008013fb60:	prfm	pstl1strm, [x0]
ffff80008013fb64:	ldxr	x2, [x0]
ffff80008013fb68:	bic	x3, x2, x1
ffff80008013fb6c:	stlxr	w4, x3, [x0]
ffff80008013fb70:	cbnz	w4, ffff80008013fb64 <gup_fast_fallback+0x6f8>
ffff80008013fb74:	ldr	x0, [sp, #184]
ffff80008013fb78:	msr	daif, x0
ffff80008013fb7c:	ldr	w0, [sp, #180]
ffff80008013fb80:	sxtw	x20, w20
ffff80008013fb84:	cbz	w0, ffff80008013f5a0 <gup_fast_fallback+0x134>
ffff80008013fb88:	mrs	x0, sp_el0
ffff80008013fb8c:	ldr	x0, [x0, #984]
ffff80008013fb90:	dmb	ishld
ffff80008013fb94:	ldr	w0, [x0, #368]
ffff80008013fb98:	ldr	w1, [sp, #152]
ffff80008013fb9c:	cmp	w0, w1
ffff80008013fba0:	b.eq	ffff80008013f5a0 <gup_fast_fallback+0x134>  // b.none
ffff80008013fba4:	mov	x21, #0x0                   	// #0
ffff80008013fba8:	str	wzr, [sp, #216]
ffff80008013fbac:	cmp	x21, x20
ffff80008013fbb0:	b.cs	ffff80008013f59c <gup_fast_fallback+0x130>  // b.hs, b.nlast
ffff80008013fbb4:	ldr	x0, [sp, #104]
ffff80008013fbb8:	mov	x2, x21
ffff80008013fbbc:	add	x3, sp, #0xd8
ffff80008013fbc0:	mov	x1, x20
ffff80008013fbc4:	bl	ffff80008013c820 <gup_folio_next>
ffff80008013fbc8:	ldr	w22, [sp, #216]
ffff80008013fbcc:	mov	w2, #0x80000               	// #524288
ffff80008013fbd0:	mov	w1, w22
ffff80008013fbd4:	bl	ffff80008013ca74 <gup_put_folio>
ffff80008013fbd8:	add	x21, x21, w22, uxtw
ffff80008013fbdc:	b	ffff80008013fbac <gup_fast_fallback+0x740>
ffff80008013fbe0:	ldclrl	x1, x1, [x0]
ffff80008013fbe4:	b	ffff80008013fb74 <gup_fast_fallback+0x708>
ffff80008013fbe8:	ldr	x1, [sp, #104]
ffff80008013fbec:	mrs	x0, sp_el0
ffff80008013fbf0:	ldr	x0, [x0, #984]
ffff80008013fbf4:	mov	w5, #0x210000              	// #2162688
ffff80008013fbf8:	add	x3, x1, x20, lsl #3
ffff80008013fbfc:	orr	w5, w19, w5
ffff80008013fc00:	ldr	x1, [sp, #168]
ffff80008013fc04:	add	x4, sp, #0xd4
ffff80008013fc08:	sub	x2, x1, x20
ffff80008013fc0c:	ldr	x1, [sp, #112]
ffff80008013fc10:	add	x1, x1, x20, lsl #12
ffff80008013fc14:	bl	ffff80008013efc8 <__gup_longterm_locked>
ffff80008013fc18:	tbz	w0, #31, ffff80008013fc28 <gup_fast_fallback+0x7bc>
ffff80008013fc1c:	cmp	x20, #0x0
ffff80008013fc20:	csel	w0, w0, w20, eq	// eq = none
ffff80008013fc24:	b	ffff80008013f50c <gup_fast_fallback+0xa0>
ffff80008013fc28:	add	w0, w20, w0
ffff80008013fc2c:	b	ffff80008013f50c <gup_fast_fallback+0xa0>

Disassembly of section .rodata.text:

Disassembly of section .init.text:

Disassembly of section .exit.text:
